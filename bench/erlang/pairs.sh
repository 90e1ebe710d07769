#!/bin/bash
# The ring against the Erlang ring, side by side on one core: PAIRS interleaved pairs, each pair one
# `Rho.Bench rate ring direct` run and one bench/erlang/rate.sh run, both pinned to the same CPU with
# taskset, so that each gets exactly one core and both get the same one (on a virtual machine the
# cores can differ in speed). Prints each pair's rates and ratios, then the smallest, median and
# largest ratio over the pairs, of the best rounds and of the median rounds.
#
# Usage: bench/erlang/pairs.sh [PAIRS [CPU [ROUNDS]]]   (defaults 10, 0, 3)
# Needs erlang-base (erl, erlc) and taskset (util-linux); builds Rho.Bench in Release first.
#
# DOTNET_TC_DelaySingleProcMultiplier=1: a .NET process that may run on one CPU only waits ten times
# longer (1 s instead of 100 ms, restarted at every new tier-0 compilation) before it starts counting
# calls to optimize them, so pinned runs would measure unoptimized code. The variable gives the
# pinned process the delay an unpinned one has; it changes nothing else (bench/README.md).
set -euo pipefail
pairs=${1:-10}
cpu=${2:-0}
rounds=${3:-3}
case "$pairs$cpu$rounds" in *[!0-9]*) echo "usage: bench/erlang/pairs.sh [PAIRS [CPU [ROUNDS]]] (non-negative integers; PAIRS, ROUNDS at least 1)" >&2; exit 2 ;; esac
if [ "$pairs" -lt 1 ] || [ "$rounds" -lt 1 ]; then
  echo "usage: bench/erlang/pairs.sh [PAIRS [CPU [ROUNDS]]] (non-negative integers; PAIRS, ROUNDS at least 1)" >&2; exit 2
fi
for tool in erl erlc taskset; do
  command -v "$tool" > /dev/null || { echo "bench/erlang/pairs.sh: $tool not found (erlang-base, util-linux)" >&2; exit 2; }
done
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dotnet build "$root/bench/Rho.Bench" -c Release -v quiet -nologo > /dev/null
bench="$root/bench/Rho.Bench/bin/Release/net10.0/Rho.Bench"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for i in $(seq "$pairs"); do
  at=$(date -u +%H:%M:%S)
  ring=$(DOTNET_TC_DelaySingleProcMultiplier=1 taskset -c "$cpu" "$bench" rate ring direct --repeat "$rounds" < /dev/null \
    | tail -1 | sed -E 's/.*best ([0-9,]+), median ([0-9,]+).*/\1 \2/' | tr -d ,)
  erl=$(taskset -c "$cpu" sh "$here/rate.sh" "$rounds" | tail -1 | sed -E 's/.*best ([0-9]+), median ([0-9]+).*/\1 \2/')
  echo "$at $ring $erl" | awk -v cpu="$cpu" '{ printf "%s cpu %s  ring %d / %d  erlang %d / %d  ratio %.2f / %.2f\n", $1, cpu, $2, $3, $4, $5, $2 / $4, $3 / $5 }' | tee -a "$out"
done
awk '{ b[NR] = $13 + 0; m[NR] = $15 + 0 }
  function sort(a, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t } }
  function med(a, n) { return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END {
    sort(b, NR); sort(m, NR)
    printf "ring/erlang over %d pairs (hops per cpu-s, ring best round / erlang best round): min %.2f, median %.2f, max %.2f\n", NR, b[1], med(b, NR), b[NR]
    printf "ring/erlang over %d pairs (median rounds): min %.2f, median %.2f, max %.2f\n", NR, m[1], med(m, NR), m[NR]
  }' "$out"
