#!/bin/sh
# tests/package/run.sh: installs the Debian package made by scripts/package
# on this machine, starts the server exactly as its systemd unit would (the
# unit's user, ExecStart, Environment and working directory; systemd itself
# need not be running), and checks `firsthire --version`, a served page, the
# API, where the data went, a reinstall keeping the data (the upgrade path),
# a clean stop on SIGTERM, and removal. Needs root (dpkg -i): run it on a
# throwaway machine such as CI. Skips with a message otherwise, and when
# firsthire is already installed from elsewhere.
#   FIRSTHIRE_BUILD_DIR / FIRSTHIRE_WEB_DIST  passed to scripts/package
#   PACKAGE_DEB          test this .deb instead of building one
#   PACKAGE_TEST_PORT    the port the test server listens on (default 18431)
set -eu
cd "$(dirname "$0")/../.."

if [ "$(id -u)" -ne 0 ]; then
  echo "package test: skipped (needs root to run dpkg -i; CI runs it as root)"
  exit 0
fi
if dpkg-query -W -f='${Status}' firsthire 2>/dev/null | grep -q "install ok installed"; then
  echo "package test: skipped (a firsthire package is already installed here)"
  exit 0
fi

fail() { echo "package test: FAILED: $*" >&2; exit 1; }
port=${PACKAGE_TEST_PORT:-18431}
deb=${PACKAGE_DEB:-$(./scripts/package | tail -n 1)}
[ -f "$deb" ] || fail "scripts/package did not print a .deb path (got '$deb')"
echo "package test: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | grep -q "Depends: .*libpq5" || fail "Depends misses libpq5"

data_existed=0
[ -d /var/lib/firsthire ] && data_existed=1
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  dpkg --purge firsthire >/dev/null 2>&1 || true
  [ $data_existed = 1 ] || rm -rf /var/lib/firsthire
}
trap cleanup EXIT INT TERM

dpkg -i "$deb" >/dev/null
[ "$(/usr/bin/firsthire --version)" = "firsthire $(dpkg-deb -f "$deb" Version)" ] ||
  fail "firsthire --version does not match the package version"
getent passwd firsthire >/dev/null || fail "no firsthire system user"
[ "$(stat -c %U:%a /var/lib/firsthire)" = firsthire:750 ] || fail "/var/lib/firsthire ownership"
[ "$(stat -c %G:%a /etc/firsthire/firsthire.conf)" = firsthire:640 ] || fail "config permissions"
[ -f /usr/share/firsthire/web/index.html ] || fail "web app missing"
unit=/lib/systemd/system/firsthire.service
for option in NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes \
              StateDirectory=firsthire User=firsthire; do
  grep -qx "$option" "$unit" || fail "the unit lacks $option"
done
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify "$unit" 2>&1 | grep -v "^$" | grep -iv "journal\|Failed to connect" &&
    fail "systemd-analyze verify complained" || true
fi

# The operator's one edit: the port (this machine's 8080 may be taken).
sed -i "s/^listen = .*/listen = 127.0.0.1:$port/" /etc/firsthire/firsthire.conf

# Start the server as the unit would.
user=$(sed -n 's/^User=//p' "$unit")
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
environment=$(sed -n 's/^Environment=//p' "$unit")
workdir=$(sed -n 's/^WorkingDirectory=//p' "$unit")
start_server() {
  log=$(mktemp)
  # setpriv switches user and execs, so the signals below reach the server
  # itself (runuser would stay in between). ExecStart is split into words as
  # systemd does.
  # shellcheck disable=SC2086
  (cd "$workdir" && exec setpriv --reuid="$user" --regid="$user" --init-groups --no-new-privs \
    env $environment $exec_start) >"$log" 2>&1 &
  server=$!
  i=0
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do
    i=$((i + 1))
    [ $i -le 100 ] && kill -0 "$server" 2>/dev/null || { cat "$log" >&2; fail "the server did not start"; }
    sleep 0.1
  done
}
stop_server() {
  kill -TERM "$server"
  wait "$server" || fail "the server did not exit cleanly on SIGTERM"
  server=
}
# Other verbs as docs/operations.md says: the service's user, its database.
as_user() { runuser -u "$user" -- "$@" --db /var/lib/firsthire/firsthire.db; }

start_server
curl -sf "http://127.0.0.1:$port/" | grep -qi "<!doctype html" || fail "no web page at /"
curl -sf "http://127.0.0.1:$port/api/v1/playbook" | grep -q '"version"' || fail "no playbook"
[ "$(stat -c %U /var/lib/firsthire/firsthire.db)" = firsthire ] || fail "database not in /var/lib/firsthire"
grep -q "serving on http://127.0.0.1:$port (database: sqlite)" "$log" || fail "no start line on stdout"
echo 'correct-horse-battery' |
  as_user firsthire user add ops@example.com --role admin --password-stdin >/dev/null
as_user firsthire backup /var/lib/firsthire/backup.jsonl >/dev/null 2>&1
[ "$(stat -c %U /var/lib/firsthire/backup.jsonl)" = firsthire ] || fail "backup as the service user"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"email":"ops@example.com","password":"correct-horse-battery"}' \
  "http://127.0.0.1:$port/api/v1/login")
[ "$code" = 200 ] || fail "sign-in through the packaged server answered $code"
stop_server

# Reinstalling (the upgrade path) keeps the data and the edited config.
dpkg -i "$deb" >/dev/null
grep -q "^listen = 127.0.0.1:$port" /etc/firsthire/firsthire.conf || fail "upgrade replaced the config"
as_user firsthire user list | grep -q ops@example.com || fail "upgrade lost the data"
as_user firsthire migrate | grep -q "is at schema version" || fail "migrate after upgrade"
start_server
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || fail "no server after the upgrade"
stop_server

dpkg --purge firsthire >/dev/null
[ ! -e /usr/bin/firsthire ] || fail "the binary is still there after purge"
[ -f /var/lib/firsthire/firsthire.db ] || fail "purge removed the data (it must keep it)"
echo "package test: passed"
