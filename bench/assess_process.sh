#!/bin/sh
# assess_process.sh [BUILD_DIR]: how long `firsthire assess` takes end to end
# as a process (start, embedded playbook, read, decide, print) on each
# example brief, with hyperfine. Goal: under 20 ms. Prints figures; not a test.
set -eu
cd "$(dirname "$0")/.."
bin=${1:-build}/src/firsthire
[ -x "$bin" ] || { echo "build first: scripts/build" >&2; exit 2; }
table=$(mktemp)
trap 'rm -f "$table"' EXIT
set --
for brief in examples/briefs/*.yaml; do
  set -- "$@" "$bin assess $brief --format json"
done
hyperfine -N --warmup 5 --runs 50 --style none --export-markdown "$table" "$@" >/dev/null
cat "$table"
