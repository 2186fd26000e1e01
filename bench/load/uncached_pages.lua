-- wrk script: asks for the candidate list at a different offset on every
-- request (1, 2, ... 250, then again), more distinct pages than the server
-- keeps in its page cache (64), so each answer is cut afresh from the list's
-- ordered snapshot (src/http/list_snapshot.h), with no database work while
-- no candidate changes: the figure for pages nobody asked for a moment ago.
-- The first page after a write, which builds the snapshot, is timed apart
-- (run.sh's cold path).
local n = 0
request = function()
  n = n % 250 + 1
  return wrk.format(nil, "/api/v1/candidates?limit=50&offset=" .. n)
end
