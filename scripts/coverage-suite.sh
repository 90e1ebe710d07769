#!/usr/bin/env bash
# Line and branch coverage of each core project by the WHOLE test suite (`dotnet test` with
# coverlet on every test project, the reports merged: a line or branch counts as covered when any
# test project covers it). scripts/coverage.sh measures each project by its own test project only.
# Prints a markdown table and writes mutation-reports/coverage-suite.md. Lines are the union over
# the test projects; a line's branches count as the best single test project's covered count (a
# lower bound of the union, since reports give counts, not which branches).
#
# Exit codes: 0 every core project >= 90% line coverage; 1 some project below; 2 a test run
# failed or wrote no coverage file.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
results="$root/TestResults/coverage-suite"
rm -rf "$results"; mkdir -p "$results"
if ! dotnet test --collect:"XPlat Code Coverage" --results-directory "$results" > "$results.log" 2>&1; then
  echo "coverage-suite.sh: the test suite failed; see $results.log" >&2; exit 2
fi
mapfile -t files < <(find "$results" -name coverage.cobertura.xml)
[ ${#files[@]} -eq 0 ] && { echo "coverage-suite.sh: no coverage files" >&2; exit 2; }
python3 - "$root/mutation-reports/coverage-suite.md" "${files[@]}" <<'PY'
import sys, re, xml.etree.ElementTree as ET
out, files = sys.argv[1], sys.argv[2:]
core = ["Rho.Semantics", "Rho.Compiler", "Rho.Machine", "Rho.Laws"]
lines, branches = {}, {}   # (package, file, line) -> hit; (package, file, line) -> (covered, total)
import os
for f in files:
    root = ET.parse(f).getroot()
    source = next((s.text for s in root.iter("source")), "") or ""
    for pkg in root.iter("package"):
        name = pkg.get("name")
        if name not in core:
            continue
        for cls in pkg.iter("class"):
            # Reports name files relative to their own <source> root; compare absolute paths.
            fn = os.path.normpath(os.path.join(source, cls.get("filename")))
            for l in cls.find("lines").iter("line"):
                key = (name, fn, int(l.get("number")))
                lines[key] = lines.get(key, False) or int(l.get("hits")) > 0
                if l.get("branch") == "True":
                    m = re.match(r"\d+% \((\d+)/(\d+)\)", l.get("condition-coverage", ""))
                    if m:
                        c, t = int(m.group(1)), int(m.group(2))
                        pc, pt = branches.get(key, (0, t))
                        branches[key] = (max(pc, c), max(pt, t))
rows, status = [], 0
for p in core:
    lk = [k for k in lines if k[0] == p]
    if not lk:
        continue
    lc = sum(1 for k in lk if lines[k]); bc = sum(v[0] for k, v in branches.items() if k[0] == p); bt = sum(v[1] for k, v in branches.items() if k[0] == p)
    lp = 100.0 * lc / len(lk); bp = 100.0 * bc / bt if bt else 100.0
    if lp < 90.0:
        status = 1
    rows.append(f"| {p} | {lp:.1f}% | {lc}/{len(lk)} | {bp:.1f}% | {bc}/{bt} |")
table = "| project | line coverage | lines | branch coverage | branches |\n|---|---:|---:|---:|---:|\n" + "\n".join(rows) + "\n"
open(out, "w").write("# Coverage by the whole test suite\n\nWritten by `scripts/coverage-suite.sh` (coverlet, every test project, reports merged).\n\n" + table)
print(table, end="")
sys.exit(status)
PY
