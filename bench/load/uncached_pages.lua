-- wrk script: asks for the candidate list at a different offset on every
-- request (1, 2, ... 250, then again), more distinct pages than the server
-- keeps in its list cache (64), so each answer is computed from the
-- database: the figure for lists nobody asked for a moment ago.
local n = 0
request = function()
  n = n % 250 + 1
  return wrk.format(nil, "/api/v1/candidates?limit=50&offset=" .. n)
end
