#!/bin/sh
# The Erlang ring measured as `Rho.Bench rate ring` measures the machine: one scheduler (+S 1),
# 1,000 processes, 200,000 and 1,200,000 hops; the difference of the two runs' processor time
# (user + system, from /usr/bin/time) over the 1,000,000 extra hops, so that start-up cancels out.
# Usage: bench/erlang/rate.sh [ROUNDS] (default 3); prints one line per round, then the best and the median.
set -e
rounds=${1:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
erlc -o "$dir" "$(dirname "$0")/ring.erl"
cpu() { /usr/bin/time -f "%U %S" -o "$dir/t" erl -noshell +S 1 -pa "$dir" -run ring main 1000 "$1" > /dev/null; awk '{print $1 + $2}' "$dir/t"; }
i=0
while [ "$i" -lt "$rounds" ]; do
  a=$(cpu 200000); b=$(cpu 1200000)
  awk -v a="$a" -v b="$b" 'BEGIN { d = b - a; if (d < 0.001) d = 0.001; printf "erlang ring: %.0f hops per cpu-s (%.2f s -> %.2f s)\n", 1000000 / d, a, b }' | tee -a "$dir/rates"
  i=$((i + 1))
done
sort -t: -k2 -n "$dir/rates" | awk -F'[: ]+' '{ r[NR] = $3 } END { printf "erlang ring: best %.0f, median %.0f hops per cpu-s over %d round(s)\n", r[NR], (NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2), NR }'
