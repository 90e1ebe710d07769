#!/usr/bin/env bash
# Full mutation run (issue #6): runs Stryker.NET on each core project with the config in
# tests/<Project>.Tests/stryker-config.json (concurrency, mutation level, thresholds, break), then
# copies the JSON report to mutation-reports/<Project>.json and writes the summary
# mutation-reports/<Project>.md (score, kill-only score, killed, timeouts, survived, no coverage,
# the `// Stryker disable once` justifications, the remaining survivors).
#
#   scripts/mutation.sh                      # every project that has a stryker-config.json
#   scripts/mutation.sh Rho.Compiler         # one project
#   scripts/mutation.sh Rho.Semantics -- --mutate '**/Congruence/*.cs'   # extra Stryker options
#
# Environment: STRYKER_CONCURRENCY=N overrides the config's concurrency (CI: 2);
# MUTATION_REPORTS_DIR=dir writes the report and summary there instead (the gate's partial runs).
# Exit codes: 0 every score >= its break; 1 a score < break (Stryker's own exit code);
# 2 bad usage or a project without a stryker-config.json; 3 Stryker ran but wrote no report.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

projects=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "mutation.sh: unknown option $1 (Stryker options go after --)" >&2; exit 2 ;;
    *) projects+=("$1"); shift ;;
  esac
done
if [ ${#projects[@]} -eq 0 ]; then
  for c in tests/*.Tests/stryker-config.json; do
    p=${c#tests/}; projects+=("${p%.Tests/stryker-config.json}")
  done
fi
[ -n "${STRYKER_CONCURRENCY:-}" ] && extra+=(--concurrency "$STRYKER_CONCURRENCY")

dotnet tool restore > /dev/null || { echo "mutation.sh: dotnet tool restore failed" >&2; exit 2; }
reports=${MUTATION_REPORTS_DIR:-mutation-reports}
mkdir -p "$reports"
status=0
for p in "${projects[@]}"; do
  dir="tests/$p.Tests"
  if [ ! -f "$dir/stryker-config.json" ]; then
    echo "mutation.sh: no $dir/stryker-config.json (unknown project '$p')" >&2; exit 2
  fi
  out="$root/StrykerOutput/$p"
  rm -rf "$out"
  start=$(date +%s)
  echo "== Stryker: $p (started $(date -u +%H:%M:%S) UTC)"
  (cd "$dir" && dotnet tool run dotnet-stryker --skip-version-check -O "$out" "${extra[@]}")
  rc=$?
  echo "== Stryker: $p exit $rc after $(( $(date +%s) - start ))s"
  report="$out/reports/mutation-report.json"
  if [ ! -f "$report" ]; then
    echo "mutation.sh: Stryker wrote no report for $p" >&2; exit 3
  fi
  cp "$report" "$reports/$p.json"
  python3 scripts/mutation-summary.py "$reports/$p.json" "$p" "src/$p" > "$reports/$p.md"
  sed -n 5,7p "$reports/$p.md" | tail -1
  [ "$rc" -ne 0 ] && status=1
done
exit "$status"
