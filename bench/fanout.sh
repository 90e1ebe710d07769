#!/bin/bash
# Fan-out on one thread, on two, and the machine's own ceiling, interleaved round by round.
#
# Each round runs bench/programs/fanout.rho with WORKERS loops of STEPS iterations (direct path):
#   1. `rho run --threads 1`;
#   2. `rho run --threads 2`;
#   3. the ceiling: two separate one-thread `rho run` processes at once, each with half the loops,
#      timed from the start of both to the end of the last. That is what this machine's two cores give
#      two programs that share nothing at all, so it bounds what any two-thread run can reach here.
# It prints each run's wall and processor time (the ceiling's: both processes'), the speed-up of two
# threads over one, that of the ceiling, and the share of the ceiling's speed-up that two threads reach
# (the ceiling's wall time over theirs); then the median of each over the rounds.
#
# Usage: bench/fanout.sh [ROUNDS [WORKERS [STEPS]]]   (defaults 5, 16, 400000; WORKERS even)
# Builds rho in Release first. See bench/README.md.
set -euo pipefail
rounds=${1:-5}
workers=${2:-16}
steps=${3:-400000}
case "$rounds$workers$steps" in *[!0-9]*) echo "usage: bench/fanout.sh [ROUNDS [WORKERS [STEPS]]] (positive integers, WORKERS even)" >&2; exit 2 ;; esac
if [ "$rounds" -lt 1 ] || [ "$steps" -lt 1 ] || [ "$workers" -lt 2 ] || [ $((workers % 2)) -ne 0 ]; then
  echo "usage: bench/fanout.sh [ROUNDS [WORKERS [STEPS]]] (positive integers, WORKERS even)" >&2; exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/src/Rho.Cli" -c Release -v quiet -nologo > /dev/null
rho="$root/src/Rho.Cli/bin/Release/net10.0/rho"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
program() { sed -e "s|2000 /\* STEPS \*/|$steps|" -e "s|8 /\* WORKERS \*/|$1|g" "$root/bench/programs/fanout.rho" > "$2"; }
program "$workers" "$dir/all.rho"
program $((workers / 2)) "$dir/half.rho"
run() { # run TAG FILE ARGS...: prints the wall and processor seconds of one rho run; fails unless it prints "done"
  /usr/bin/time -f "%e %U %S" -o "$dir/$1.t" "$rho" run "$2" --primitives direct --max-steps 4000000000 "${@:3}" > "$dir/$1.out"
  grep -qx '"done"' "$dir/$1.out" || { echo "fanout.sh: wrong output: $(cat "$dir/$1.out")" >&2; exit 1; }
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$dir/$1.t"
}
for i in $(seq "$rounds"); do
  read -r w1 c1 <<< "$(run one "$dir/all.rho" --threads 1)"
  read -r w2 c2 <<< "$(run two "$dir/all.rho" --threads 2)"
  start=$(date +%s.%N)
  run a "$dir/half.rho" --threads 1 > "$dir/a.r" &
  run b "$dir/half.rho" --threads 1 > "$dir/b.r"
  wait
  wc=$(echo "$(date +%s.%N) - $start" | bc)
  cc=$(cat "$dir/a.r" "$dir/b.r" | awk '{ c += $2 } END { printf "%.2f", c }')
  awk -v at="$(date -u +%H:%M:%S)" -v w1="$w1" -v c1="$c1" -v w2="$w2" -v c2="$c2" -v wc="$wc" -v cc="$cc" 'BEGIN {
    printf "%s  1 thread %.2f s (%.2f cpu-s)  2 threads %.2f s (%.2f cpu-s)  speed-up %.2fx  ceiling %.2f s (%.2f cpu-s), %.2fx  share of the ceiling %.2f\n",
      at, w1, c1, w2, c2, w1 / w2, wc, cc, w1 / wc, wc / w2 }' | tee -a "$dir/rounds"
done
awk '{ s[NR] = $15 + 0; c[NR] = $21 + 0; f[NR] = $26 + 0 }
  function sort(a, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t } }
  function med(a, n) { return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END { sort(s, NR); sort(c, NR); sort(f, NR)
    printf "medians over %d rounds: speed-up %.2fx, ceiling %.2fx, share of the ceiling %.2f (range %.2f-%.2f)\n", NR, med(s, NR), med(c, NR), med(f, NR), f[1], f[NR] }' "$dir/rounds"
