#!/bin/sh
# bench/load/run.sh: requests per second and p99 latency of `firsthire serve`
# for GET /api/v1/playbook and a candidate list (and GET /healthz, the cost of
# the server alone, as a baseline), against nginx serving the
# same bytes as static files, on this machine in the same run. Prints the
# ratio firsthire/nginx per endpoint, per database backend, and then the
# latency of the cold path: the first candidate page after a write.
#
# Not a test: a benchmark that prints figures. Needs wrk, nginx (Debian's
# wrk and nginx-light, installed by scripts/setup) and curl; psql for
# PostgreSQL.
#
# Usage: bench/load/run.sh [FIRSTHIRE_BINARY]     (default: build/src/firsthire)
# Settings (environment): DURATION (wrk seconds per run, default 10),
#   CONNECTIONS (default 16), WRK_THREADS (default 2), CANDIDATES (default 300),
#   SERVE_THREADS (firsthire serve --threads, default: its own default),
#   NGINX_WORKERS (default auto: one per core), PAGE (list page size, default 50),
#   BENCH_PG_URL (a PostgreSQL database URL whose user may create databases,
#   e.g. what `scripts/pg-test-cluster start` prints: the run then measures
#   SQLite and PostgreSQL one after the other, each on a fresh database, and
#   prints one table for both), BACKENDS ("sqlite", "postgresql" or
#   "sqlite postgresql"; default: both when BENCH_PG_URL is set, else sqlite),
#   COLD_SAMPLES (writes, each followed by one timed page, default 200; 0
#   skips the cold-path figure).
#
# Everything runs on 127.0.0.1 in a temporary directory that is removed at
# the end (with the PostgreSQL database the run created); both servers log
# each request to a file, as they would in use.
set -eu

bin=${1:-build/src/firsthire}
duration=${DURATION:-10}
connections=${CONNECTIONS:-16}
wrk_threads=${WRK_THREADS:-2}
candidates=${CANDIDATES:-300}
page=${PAGE:-50}
nginx_workers=${NGINX_WORKERS:-auto}
pg_url=${BENCH_PG_URL:-}
cold_samples=${COLD_SAMPLES:-200}
if [ -n "$pg_url" ]; then backends=${BACKENDS:-sqlite postgresql}; else backends=${BACKENDS:-sqlite}; fi

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: $tool is missing (scripts/setup installs wrk and nginx-light)" >&2; exit 1; }
done
[ -x "$bin" ] || { echo "run.sh: no firsthire binary at $bin (build it, or pass its path)" >&2; exit 1; }
for backend in $backends; do
  case $backend in
    sqlite) ;;
    postgresql)
      [ -n "$pg_url" ] || { echo "run.sh: BACKENDS names postgresql but BENCH_PG_URL is not set" >&2; exit 1; }
      command -v psql >/dev/null 2>&1 || { echo "run.sh: psql is missing" >&2; exit 1; } ;;
    *) echo "run.sh: unknown backend '$backend' (sqlite or postgresql)" >&2; exit 1 ;;
  esac
done

tmp=$(mktemp -d /tmp/firsthire-load.XXXXXX)
serve_pid=
nginx_pid=
pg_db=
stop_servers() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  serve_pid=
  nginx_pid=
  if [ -n "$pg_db" ]; then
    psql -q "$pg_url" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true
    pg_db=
  fi
}
cleanup() {
  stop_servers || true
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# A loopback port nobody listens on (curl's exit 7: connection refused).
free_port() {
  port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 30000 ))
  while :; do
    rc=0; curl -s -o /dev/null --connect-timeout 1 "http://127.0.0.1:$port/" || rc=$?
    [ $rc -eq 7 ] && break
    port=$((port + 1))
  done
  echo "$port"
}

# The URL of database $2 on the server of PostgreSQL URL $1.
pg_database_url() {
  printf '%s\n' "$1" | sed -E "s#^(postgres(ql)?://[^/]*)/[^?]*#\\1/$2#"
}

# ---- wrk -------------------------------------------------------------------
# Prints "REQUESTS_PER_SECOND P99_MS" for one run; a second argument is a wrk
# Lua script that chooses each request's path.
measure() {
  script_args=
  [ -n "${2:-}" ] && script_args="-s $2"
  # shellcheck disable=SC2086
  wrk -t"$wrk_threads" -c"$connections" -d"${duration}s" --latency -H "$auth" $script_args "$1" >"$tmp/wrk.out" 2>&1
  if grep -q 'Non-2xx' "$tmp/wrk.out"; then
    echo "run.sh: non-2xx answers from $1:" >&2; cat "$tmp/wrk.out" >&2; exit 1
  fi
  awk '
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" {
      v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
      if (unit == "us") v /= 1000; else if (unit == "s") v *= 1000; else if (unit == "m") v *= 60000
      p99 = v
    }
    END { printf "%.0f %.2f\n", rps, p99 }' "$tmp/wrk.out"
}

# Measures firsthire, then nginx, on one target and appends a table row.
row() {  # BACKEND LABEL TARGET [LUA_SCRIPT]
  measure "$fh$3" "${4:-}" >"$tmp/m" || exit 1
  read -r fh_rps fh_p99 <"$tmp/m"
  measure "$ng$3" "${4:-}" >"$tmp/m" || exit 1
  read -r ng_rps ng_p99 <"$tmp/m"
  ratio=$(awk -v a="$fh_rps" -v b="$ng_rps" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
  printf '%-10s GET %-30s %12s %10s %12s %10s %8s\n' "$1" "$2" "$fh_rps" "$fh_p99" "$ng_rps" \
    "$ng_p99" "$ratio" >>"$tmp/table"
}

bytes() { wc -c <"$1" | tr -d ' '; }

# "MEDIAN P99" in ms of the seconds in file $1, one a line.
median_p99() {
  sort -n "$1" | awk '{ v[NR] = $1 * 1000 }
    END { p = int(NR * 0.99); if (p < NR * 0.99) p++; printf "%.2f %.2f\n", v[int((NR + 1) / 2)], v[p] }'
}

# ---- the cold path: the first page after a change ---------------------------
# Every write to a candidate changes the candidates' version, so the next list
# page is in neither the page cache nor a snapshot: that request reads the
# filter's whole list in one query, builds the snapshot and cuts its page
# (a binary without snapshots reads the one page). COLD_SAMPLES times: a
# PATCH of a candidate's name, then one page timed by curl (time_total, a new
# connection each time), then the same page again (from the page cache: the
# floor of this way of timing). Appends one line per backend.
cold_path() {  # LABEL
  [ "$cold_samples" -gt 0 ] || return 0
  id=$(curl -sf -H "$auth" "$fh$list_target" | sed -n 's/^{"items":\[{"id":"\([0-9a-f]*\)".*/\1/p')
  [ -n "$id" ] || { echo "run.sh: no candidate id in the list" >&2; exit 1; }
  : >"$tmp/cold"
  : >"$tmp/again"
  i=0
  while [ $i -lt "$cold_samples" ]; do
    i=$((i + 1))
    curl -sf -o /dev/null -X PATCH -H "$auth" -H 'Content-Type: application/json' \
      --data-binary "{\"name\":\"Candidate 1 ($i)\"}" "$fh/api/v1/candidates/$id" ||
      { echo "run.sh: changing a candidate failed" >&2; exit 1; }
    target="$fh/api/v1/candidates?limit=$page&offset=$((i % 250 + 1))"
    curl -sf -o /dev/null -w '%{time_total}\n' -H "$auth" "$target" >>"$tmp/cold"
    curl -sf -o /dev/null -w '%{time_total}\n' -H "$auth" "$target" >>"$tmp/again"
  done
  median_p99 "$tmp/cold" >"$tmp/m"
  read -r cold_median cold_p99 <"$tmp/m"
  median_p99 "$tmp/again" >"$tmp/m"
  read -r again_median again_p99 <"$tmp/m"
  printf '%-10s first page after a write: median %s ms, p99 %s ms; the same page again: median %s ms, p99 %s ms (%s writes)\n' \
    "$1" "$cold_median" "$cold_p99" "$again_median" "$again_p99" "$cold_samples" >>"$tmp/cold_table"
}

# ---- one backend: set up both servers, measure, stop them ------------------
bench_backend() {  # sqlite|postgresql
  name=$1
  work="$tmp/$name"
  mkdir -p "$work"
  if [ "$name" = sqlite ]; then
    db="$work/bench.db"
    label=SQLite
  else
    pg_db="fh_bench_$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')"
    psql -q "$pg_url" -c "CREATE DATABASE $pg_db" >/dev/null
    db=$(pg_database_url "$pg_url" "$pg_db")
    label=PostgreSQL
  fi
  export FIRSTHIRE_DATA_DIR="$work"
  echo "correct horse battery" | "$bin" user add bench@example.com --role admin --name Bench \
    --password-stdin --db "$db" >/dev/null
  token=$("$bin" token create bench@example.com --name load-bench --db "$db" 2>/dev/null)

  serve_args="serve --db $db --listen 127.0.0.1:0"
  [ -n "${SERVE_THREADS:-}" ] && serve_args="$serve_args --threads $SERVE_THREADS"
  # shellcheck disable=SC2086
  "$bin" $serve_args >"$work/serve.out" 2>"$work/serve.log" &
  serve_pid=$!
  i=0
  until grep -q 'serving on' "$work/serve.out" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 300 ] && { echo "run.sh: firsthire serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }
    sleep 0.1
  done
  fh_port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/serve.out" | head -n 1)
  fh="http://127.0.0.1:$fh_port"
  auth="Authorization: Bearer $token"

  n=0
  while [ $n -lt "$candidates" ]; do
    n=$((n + 1))
    printf '{"name":"Candidate %d","email":"candidate%d@example.com","profile":{"traits":{"software_engineering":%d,"data_intuition":%d},"codes":true,"source":"load benchmark"}}' \
      "$n" "$n" $((n % 6)) $(((n * 7) % 6))
    echo
  done | while IFS= read -r body; do
    curl -sf -o /dev/null -H "$auth" -H 'Content-Type: application/json' --data-binary "$body" \
      "$fh/api/v1/candidates" || { echo "run.sh: creating a candidate failed" >&2; exit 1; }
  done

  # nginx: the same bytes as static files.
  www="$work/www"
  mkdir -p "$www/api/v1"
  list_target="/api/v1/candidates?limit=$page"
  curl -sf "$fh/healthz" -o "$www/healthz"
  curl -sf -H "$auth" "$fh/api/v1/playbook" -o "$www/api/v1/playbook"
  curl -sf -H "$auth" "$fh$list_target" -o "$www/api/v1/candidates"
  chmod -R a+rX "$tmp"
  ng_port=$(free_port)
  cat >"$work/nginx.conf" <<CONF
worker_processes $nginx_workers;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log $work/nginx-access.log;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  server {
    listen 127.0.0.1:$ng_port;
    root $www;
    default_type application/json;
    location / { }
  }
}
CONF
  nginx -p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log" &
  nginx_pid=$!
  ng="http://127.0.0.1:$ng_port"
  i=0
  until curl -sf -o /dev/null "$ng/api/v1/playbook"; do
    i=$((i + 1)); [ $i -gt 100 ] && { echo "run.sh: nginx did not start:" >&2; cat "$work/nginx-error.log" >&2; exit 1; }
    sleep 0.1
  done

  # Same bytes from both servers, or the comparison means nothing.
  for target in /healthz /api/v1/playbook "$list_target"; do
    curl -sf -H "$auth" "$fh$target" -o "$work/a"
    curl -sf -H "$auth" "$ng$target" -o "$work/b"
    cmp -s "$work/a" "$work/b" || { echo "run.sh: the two servers answer $target differently" >&2; exit 1; }
  done
  echo "$label: playbook $(bytes "$www/api/v1/playbook") bytes, candidate list $(bytes "$www/api/v1/candidates") bytes ($page of $candidates)" >>"$tmp/bodies"

  for target in /healthz /api/v1/playbook "$list_target"; do
    row "$label" "$target" "$target"
  done
  # The same list, but a different page on every request: more pages than the
  # server's page cache keeps (64), so each answer is cut afresh from the
  # list's ordered snapshot (built by the second request, one query; no
  # database work after it while no candidate changes). nginx ignores the
  # query and sends its one file (the same size).
  row "$label" "/api/v1/candidates?offset=1..250" "$list_target" \
    "$(dirname "$0")/uncached_pages.lua"
  cold_path "$label"
  stop_servers
}

: >"$tmp/table"
: >"$tmp/cold_table"
: >"$tmp/bodies"
for backend in $backends; do bench_backend "$backend"; done

echo "firsthire load benchmark: wrk -t$wrk_threads -c$connections -d${duration}s --latency, keep-alive, 127.0.0.1"
echo "machine: $(nproc) cores; firsthire serve ${SERVE_THREADS:+--threads $SERVE_THREADS }($candidates candidates); nginx $(nginx -v 2>&1 | sed 's/.*\///') worker_processes $nginx_workers"
cat "$tmp/bodies"
echo
printf '%-10s %-34s %12s %10s %12s %10s %8s\n' backend endpoint "firsthire/s" "p99 ms" "nginx/s" "p99 ms" ratio
cat "$tmp/table"
echo
echo "ratio = firsthire requests/s divided by nginx requests/s, measured one after the other"
echo "the candidate list is answered from the server's page cache while no candidate changes;"
echo "offset=1..250 asks for a different page each time, more than the page cache keeps, so each"
echo "answer is cut from the list's ordered snapshot in memory (no database work while nothing changes)"
if [ -s "$tmp/cold_table" ]; then
  echo
  echo "the cold path, one request at a time (curl): after a write the next page reads the whole list"
  echo "and builds its snapshot (without snapshots: reads its one page)"
  cat "$tmp/cold_table"
fi
