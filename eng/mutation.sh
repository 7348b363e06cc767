#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker from the tool manifest): for each folder of src/ScsSim, mutate only
# that folder's code and run only the tests that mirror it (tests/ScsSim.Tests/<Folder>), so each score says how well a
# folder's own tests catch wrong code. Prints a table of scores; the JSON reports stay in .mutation/<Folder>/.
#
#   bash eng/mutation.sh                       # every folder (long: tens of minutes on 2 cores)
#   bash eng/mutation.sh Programming Safety    # some folders
#   CONCURRENCY=2 bash eng/mutation.sh Safety  # test runners in parallel (default 1: the machine is shared)
#   EXCLUDE_TESTS=FuzzTests bash eng/mutation.sh Serialization
#                                              # also skip tests whose full name contains FuzzTests (slow properties);
#                                              # several: EXCLUDE_TESTS="A B". Default: none excluded.
#
# Score = (killed + timeout) / (killed + timeout + survived + no coverage), Stryker's "mutation score". Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(Quantities Programming Safety Serialization Waveforms Activation DorsalHorn Scenarios)
out="$root/.mutation"
mkdir -p "$out"
dotnet tool restore > /dev/null
# Stryker analyses the projects with their build output: on a fresh clone it fails with "Could not find build
# environment" unless they have been restored and built once.
dotnet build tests/ScsSim.Tests -c Release > "$out/build.log" 2>&1 || { echo "build failed; see $out/build.log" >&2; exit 1; }

for folder in "${folders[@]}"; do
  [ -d "src/ScsSim/$folder" ] || { echo "no folder src/ScsSim/$folder" >&2; exit 2; }
  echo "=== mutation testing src/ScsSim/$folder ($(date -u +%H:%M:%S))"
  rm -rf "$out/$folder"
  filter="FullyQualifiedName~ScsSim.Tests.$folder."
  for ex in ${EXCLUDE_TESTS:-}; do filter="$filter&FullyQualifiedName!~$ex"; done
  (cd src/ScsSim && dotnet stryker \
      --test-project "$root/tests/ScsSim.Tests/ScsSim.Tests.csproj" \
      --mutate "**/$folder/**/*.cs" \
      --test-case-filter "$filter" \
      --configuration Release \
      --concurrency "${CONCURRENCY:-1}" \
      --reporter Json --reporter Progress \
      --skip-version-check \
      --output "$out/$folder") > "$out/$folder.log" 2>&1 || { echo "stryker failed for $folder; see $out/$folder.log" >&2; tail -20 "$out/$folder.log" >&2; exit 1; }
done

python3 - "$out" "${folders[@]}" <<'PY'
import json, sys, glob, collections
out, folders = sys.argv[1], sys.argv[2:]
print(f"{'folder':<14}{'killed':>8}{'timeout':>9}{'survived':>10}{'no cover':>10}{'score':>8}")
for folder in folders:
    reports = glob.glob(f"{out}/{folder}/**/mutation-report.json", recursive=True)
    if not reports:
        print(f"{folder:<14} no report"); continue
    counts = collections.Counter()
    for f in json.load(open(reports[0]))["files"].values():
        for m in f["mutants"]:
            counts[m["status"]] += 1
    detected = counts["Killed"] + counts["Timeout"]
    valid = detected + counts["Survived"] + counts["NoCoverage"]
    score = 100.0 * detected / valid if valid else float("nan")
    print(f"{folder:<14}{counts['Killed']:>8}{counts['Timeout']:>9}{counts['Survived']:>10}{counts['NoCoverage']:>10}{score:>7.1f}%")
PY
