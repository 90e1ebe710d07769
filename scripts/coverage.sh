#!/usr/bin/env bash
# Line and branch coverage of each core project by its own test project (coverlet.collector,
# `dotnet test --collect:"XPlat Code Coverage"`). Prints a markdown table (the README's
# "Coverage" table) and writes it to mutation-reports/coverage.md.
#
#   scripts/coverage.sh                 # Rho.Semantics Rho.Compiler Rho.Machine (+ any other
#                                       # core project with a tests/<P>.Tests/stryker-config.json)
#   scripts/coverage.sh Rho.Compiler    # one project
#
# Exit codes: 0 every project >= 90% line coverage; 1 some project below; 2 a test run failed
# (its coverage is still printed) or wrote no coverage file.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  for c in tests/*.Tests/stryker-config.json; do
    p=${c#tests/}; projects+=("${p%.Tests/stryker-config.json}")
  done
fi
rows=()
status=0
failed=0
for p in "${projects[@]}"; do
  results="$root/TestResults/coverage/$p"
  rm -rf "$results"; mkdir -p "$results"
  if ! dotnet test "tests/$p.Tests" --collect:"XPlat Code Coverage" --results-directory "$results" > "$results.log" 2>&1; then
    echo "coverage.sh: tests of $p failed (coverage still reported); see $results.log" >&2; failed=1
  fi
  file=$(find "$results" -name coverage.cobertura.xml | head -1)
  [ -z "$file" ] && { echo "coverage.sh: no coverage file for $p" >&2; exit 2; }
  row=$(python3 - "$file" "$p" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for pkg in root.iter("package"):
    if pkg.get("name") == sys.argv[2]:
        lines = [l for c in pkg.iter("class") for l in c.find("lines").iter("line")]
        lc = sum(1 for l in lines if int(l.get("hits")) > 0)
        bc = bt = 0
        for l in lines:
            cc = l.get("condition-coverage")
            if cc:
                a, b = cc.split("(")[1].rstrip(")").split("/")
                bc += int(a); bt += int(b)
        print(f"{sys.argv[2]}|{100*float(pkg.get('line-rate')):.1f}|{lc}/{len(lines)}|{100*float(pkg.get('branch-rate')):.1f}|{bc}/{bt}")
        break
PY
)
  rows+=("$row")
  line=$(echo "$row" | cut -d'|' -f2)
  python3 -c "import sys; sys.exit(0 if float('$line') >= 90 else 1)" || status=1
done
{
  echo "| project | line coverage | lines | branch coverage | branches |"
  echo "|---|---:|---:|---:|---:|"
  for r in "${rows[@]}"; do
    IFS='|' read -r p l ln b bn <<< "$r"
    echo "| $p | $l% | $ln | $b% | $bn |"
  done
} | tee mutation-reports/coverage.md
[ "$failed" -ne 0 ] && exit 2
exit "$status"
