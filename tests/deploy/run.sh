#!/bin/sh
# tests/deploy/run.sh: the reference deployment (deploy/) end to end. nginx,
# with deploy/nginx-firsthire.conf and a self-signed certificate made here,
# terminates TLS in front of two `firsthire serve` processes sharing one
# throwaway PostgreSQL cluster (scripts/pg-test-cluster on its own port).
# Checks:
#   - a session started on one server works on the other, and ends on both
#     at logout;
#   - through nginx, over verified TLS: sign-in, the web page, writes;
#   - one server is stopped (SIGTERM) while four clients keep writing:
#     every request ends in 201 (a client retries at most once, on 502/503
#     or a dropped connection), every acknowledged write is then readable,
#     and the database holds exactly the acknowledged writes (none twice).
#   - X-Forwarded-For counts only from the proxy: nginx connects from
#     127.0.0.2, the servers' --trusted-proxy; the login throttle shows which
#     client address a server saw.
#   FIRSTHIRE_BIN     the binary (default build-ci/src/firsthire)
#   FIRSTHIRE_WEB_DIST the web app's files (default web/dist)
#   DEPLOY_PG_PORT    the PostgreSQL port (default 54341)
#   DEPLOY_WRITES     writes per client during the failover (default 40)
set -eu
cd "$(dirname "$0")/../.."
bin=$(realpath "${FIRSTHIRE_BIN:-build-ci/src/firsthire}")
writes=${DEPLOY_WRITES:-40}
web=$(realpath "${FIRSTHIRE_WEB_DIST:-web/dist}")
[ -f "$web/index.html" ] || { echo "deploy test: $web/index.html is missing (scripts/web-build)" >&2; exit 1; }
for tool in nginx openssl curl jq; do
  command -v "$tool" >/dev/null || { echo "deploy test: $tool is missing (scripts/setup)" >&2; exit 1; }
done

tmp=$(mktemp -d)
chmod 755 "$tmp"
pg_port=${DEPLOY_PG_PORT:-54341}
a_pid='' b_pid='' nginx_pid=''
cleanup() {
  for pid in $a_pid $b_pid $nginx_pid; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  FH_PG_PORT=$pg_port ./scripts/pg-test-cluster stop
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
fail() {
  echo "deploy test: FAILED: $*" >&2
  for log in "$tmp"/*.log; do echo "--- $log" >&2; tail -n 20 "$log" >&2; done
  exit 1
}
free_port() {  # below the ephemeral range, where outgoing connections take ports
  port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 12000 ))
  while ! { curl -s -o /dev/null --connect-timeout 1 "http://127.0.0.1:$port/"; [ $? -eq 7 ]; }; do
    port=$((port + 1))
  done
  echo "$port"
}
wait_for() {  # URL [CURL OPTIONS]: up to 10 s for a 200
  url=$1; shift
  i=0
  until curl -sf -o /dev/null "$@" "$url"; do
    i=$((i + 1)); [ $i -le 100 ] || fail "no answer from $url"; sleep 0.1
  done
}

db=$(FH_PG_PORT=$pg_port ./scripts/pg-test-cluster start)
"$bin" migrate --db "$db" >/dev/null
printf 'deploy-test-password\n' |
  "$bin" user add hm@example.com --role hiring_manager --password-stdin --db "$db" >/dev/null 2>&1
token=$("$bin" token create hm@example.com --name deploy-test --db "$db" 2>/dev/null)

# Two servers on the one database.
a_port=$(free_port); b_port=$(free_port)
"$bin" serve --db "$db" --listen "127.0.0.1:$a_port" --web "$web" --secure-cookies \
  --trusted-proxy 127.0.0.2/32 >"$tmp/a.log" 2>&1 &
a_pid=$!
"$bin" serve --db "$db" --listen "127.0.0.1:$b_port" --web "$web" --secure-cookies \
  --trusted-proxy 127.0.0.2/32 >"$tmp/b.log" 2>&1 &
b_pid=$!
a=http://127.0.0.1:$a_port b=http://127.0.0.1:$b_port
wait_for "$a/healthz"; wait_for "$b/healthz"

# nginx with the reference configuration and a certificate for localhost.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2>/dev/null
https_port=$(free_port); http_port=$(free_port)
sed -e "s|127.0.0.1:8080|127.0.0.1:$a_port|; s|127.0.0.1:8081|127.0.0.1:$b_port|" \
    -e "s|listen 443 ssl;|listen 127.0.0.1:$https_port ssl;|; s|listen 80;|listen 127.0.0.1:$http_port;|" \
    -e "s|hire.example.com|localhost|" \
    -e "s|/etc/ssl/firsthire/fullchain.pem|$tmp/cert.pem|; s|/etc/ssl/firsthire/privkey.pem|$tmp/key.pem|" \
    -e "s|proxy_pass http://firsthire;|proxy_pass http://firsthire;\n    proxy_bind 127.0.0.2;|" \
    deploy/nginx-firsthire.conf >"$tmp/site.conf"
grep -q "$tmp/cert.pem" "$tmp/site.conf" && grep -q "127.0.0.1:$b_port" "$tmp/site.conf" &&
  grep -q "proxy_bind 127.0.0.2;" "$tmp/site.conf" ||
  fail "deploy/nginx-firsthire.conf no longer has the addresses this test replaces"
cat >"$tmp/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $tmp/nginx.pid;
error_log $tmp/nginx.log;
events { worker_connections 256; }
http {
  access_log $tmp/nginx-access.log;
  client_body_temp_path $tmp/body;
  proxy_temp_path $tmp/proxy;
  fastcgi_temp_path $tmp/fastcgi;
  uwsgi_temp_path $tmp/uwsgi;
  scgi_temp_path $tmp/scgi;
  include $tmp/site.conf;
}
CONF
nginx -p "$tmp" -c "$tmp/nginx.conf" -e "$tmp/nginx.log" &
nginx_pid=$!
proxy=https://localhost:$https_port
tls="--cacert $tmp/cert.pem --resolve localhost:$https_port:127.0.0.1"
# shellcheck disable=SC2086
wait_for "$proxy/healthz" $tls
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/x")" = 301 ] ||
  fail "plain HTTP is not redirected to HTTPS"

# --- a session started on A works on B, and logout ends it on both --------
login=$(curl -s -D "$tmp/login.headers" -H 'Content-Type: application/json' \
  -d '{"email":"hm@example.com","password":"deploy-test-password"}' "$a/api/v1/login")
csrf=$(echo "$login" | jq -r .csrf_token)
session=$(sed -n 's/^[Ss]et-[Cc]ookie: \(fh_session=[^;]*\).*/\1/p' "$tmp/login.headers")
[ -n "$session" ] && [ "$csrf" != null ] || fail "no session from server A"
grep -qi "^set-cookie: fh_session=.*; Secure" "$tmp/login.headers" || fail "cookie not Secure"
created=$(curl -s -H "Cookie: $session" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d '{"name":"Made on B","email":"b@example.com"}' "$b/api/v1/candidates")
id=$(echo "$created" | jq -r .id)
[ "$id" != null ] || fail "server B refused a session from server A: $created"
[ "$(curl -s -H "Cookie: $session" "$a/api/v1/candidates/$id" | jq -r .name)" = "Made on B" ] ||
  fail "server A cannot read what B wrote"
[ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Cookie: $session" -H "X-CSRF-Token: $csrf" \
  "$b/api/v1/logout")" = 204 ] || fail "logout on B"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$a/api/v1/candidates")" = 401 ] ||
  fail "server A still accepts a session ended on B"

# --- X-Forwarded-For counts only when the proxy sends it ---------------------
# Five wrong passwords straight to A from 127.0.0.1, each claiming another
# address: A counts them all against 127.0.0.1, so a sixth with yet another
# claim must wait (429). Through nginx, from 127.0.0.3, the same account is a
# new address for the servers (401: wrong, but not throttled).
bad='{"email":"nobody@example.com","password":"not-the-password"}'
for n in 1 2 3 4 5 6; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -H "X-Forwarded-For: 10.9.9.$n" -d "$bad" "$a/api/v1/login")
  if [ "$n" -le 5 ]; then
    [ "$code" = 401 ] || fail "wrong password $n straight to A answered $code"
  else
    [ "$code" = 429 ] || fail "A believed X-Forwarded-For from a client that is not the proxy ($code)"
  fi
done
# shellcheck disable=SC2086
code=$(curl -s -o /dev/null -w '%{http_code}' $tls --interface 127.0.0.3 \
  -H 'Content-Type: application/json' -d "$bad" "$proxy/api/v1/login")
[ "$code" = 401 ] || fail "the servers did not take the client address nginx forwarded ($code)"

# --- through nginx over TLS --------------------------------------------------
# shellcheck disable=SC2086
curl -sf $tls "$proxy/" | grep -qi "<!doctype html" || fail "no web page through nginx"
# shellcheck disable=SC2086
curl -sf $tls -c "$tmp/jar" -H 'Content-Type: application/json' \
  -d '{"email":"hm@example.com","password":"deploy-test-password"}' "$proxy/api/v1/login" \
  -o "$tmp/login.json" || fail "sign-in through nginx"
csrf=$(jq -r .csrf_token "$tmp/login.json")
for n in 1 2 3 4; do  # round robin: both servers serve this session
  # shellcheck disable=SC2086
  code=$(curl -s $tls -b "$tmp/jar" -o /dev/null -w '%{http_code}' -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' -d "{\"name\":\"Through nginx $n\"}" "$proxy/api/v1/candidates")
  [ "$code" = 201 ] || fail "write $n through nginx answered $code"
done

# --- stop one server while four clients write --------------------------------
# Each write has a unique name; a client retries once on 502, 503 or no answer.
writer() {
  w=$1; k=1
  while [ "$k" -le "$writes" ]; do
    name="failover $w-$k"; tries=0
    while :; do
      tries=$((tries + 1))
      # shellcheck disable=SC2086
      code=$(curl -s $tls -o "$tmp/w$w.body" -w '%{http_code}' --max-time 20 \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"name\":\"$name\"}" "$proxy/api/v1/candidates") || code=000
      case $code in
        201) echo "$(jq -r .id "$tmp/w$w.body") $name" >>"$tmp/acked.$w"; break ;;
        502|503|000) [ $tries -lt 2 ] || { echo "$name $code" >>"$tmp/failed"; break; }
                     echo "$name" >>"$tmp/retried" ;;
        *) echo "$name $code" >>"$tmp/failed"; break ;;
      esac
    done
    k=$((k + 1))
  done
}
writers=
for w in 1 2 3 4; do writer "$w" & writers="$writers $!"; done
i=0
until [ "$(cat "$tmp"/acked.* 2>/dev/null | wc -l)" -ge $((writes * 4 / 3)) ]; do
  i=$((i + 1)); [ $i -le 600 ] || fail "the writers did not get going"; sleep 0.05
done
kill -TERM "$a_pid"
wait "$a_pid" || fail "server A did not stop cleanly on SIGTERM"
a_pid=
stopped_at=$(cat "$tmp"/acked.* | wc -l)
for pid in $writers; do wait "$pid"; done
[ ! -s "$tmp/failed" ] || fail "writes that failed even after a retry: $(cat "$tmp/failed")"
acked=$(cat "$tmp"/acked.* | wc -l)
[ "$acked" -eq $((writes * 4)) ] || fail "$acked of $((writes * 4)) writes acknowledged"
retried=$(cat "$tmp/retried" 2>/dev/null | wc -l)
# nginx did meet the stopped server (and moved those requests to B).
grep -q "connect() failed (111" "$tmp/nginx.log" || fail "nginx never tried the stopped server"

# Every acknowledged write is there once, read through nginx (B alone now).
cat "$tmp"/acked.* | while read -r cid name; do
  # shellcheck disable=SC2086
  got=$(curl -s $tls -H "Authorization: Bearer $token" "$proxy/api/v1/candidates/$cid" | jq -r .name)
  [ "$got" = "$name" ] || { echo "$cid" >>"$tmp/lost"; }
done
[ ! -s "$tmp/lost" ] || fail "acknowledged writes missing: $(cat "$tmp/lost")"
# shellcheck disable=SC2086
total=$(curl -s $tls -H "Authorization: Bearer $token" "$proxy/api/v1/candidates?limit=1" | jq .total)
[ "$total" -eq $((acked + 5)) ] || fail "the database holds $total candidates, expected $((acked + 5))"
echo "deploy test: passed ($acked writes through nginx, server A stopped after $stopped_at," \
  "$retried retried by a client, none lost or doubled)"
