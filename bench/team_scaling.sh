#!/usr/bin/env bash
# End-to-end scaling of `firsthire team`: random pools of N candidates (bench/gen_pool.py),
# K=1 against K=4 under a budget, wall time and peak RSS (/usr/bin/time -v) against the
# pool file's size. Prints figures; not a test.
#
# usage: bench/team_scaling.sh [FIRSTHIRE] [N ...]     (default: build/src/firsthire 100000)
# env:   BUDGET_PER_HIRE (default 125000), TEAM (default examples/team/first_hire_only.yaml),
#        TIME_LIMIT (seconds, passed as --time-limit when set)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/src/firsthire}
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000)
team=${TEAM:-examples/team/first_hire_only.yaml}
per_hire=${BUDGET_PER_HIRE:-125000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
extra=()
[ -n "${TIME_LIMIT:-}" ] && extra=(--time-limit "$TIME_LIMIT")

for n in "${sizes[@]}"; do
  pool="$tmp/pool_$n.json"
  python3 bench/gen_pool.py "$n" "$pool"
  size_kb=$(( $(stat -c %s "$pool") / 1024 ))
  echo "N=$n pool file ${size_kb} KB"
  for k in 1 4; do
    budget=$(( k * per_hire ))
    /usr/bin/time -v "$bin" --format json team "$team" --candidates "$pool" --hires "$k" \
      --budget "$budget" "${extra[@]}" > "$tmp/out.json" 2> "$tmp/time.txt"
    wall=$(grep "Elapsed (wall clock)" "$tmp/time.txt" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$tmp/time.txt" | awk '{print $NF}')
    summary=$(python3 -c "import json; b=json.load(open('$tmp/out.json'))['best_hires']; \
print(f\"objective {b['objective']} optimal {b['optimal']} picks {len(b['picks'])} considered {b['considered']} nodes {b['nodes']}\")")
    echo "  K=$k budget=$budget: wall $wall, peak RSS ${rss} KB ($(python3 -c "print(f'{$rss/$size_kb:.2f}')")x file); $summary"
  done
done
