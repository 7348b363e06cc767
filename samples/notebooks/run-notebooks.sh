#!/usr/bin/env bash
# Runs every samples/notebooks/*.ipynb headless against a locally packed ScsSim package and checks the results.
#
#   bash samples/notebooks/run-notebooks.sh <folder holding ScsSim.<version>.nupkg> <output folder>
#
# For each notebook it writes <output>/<name>.ipynb (the first code cell prefixed with `#i "nuget: <package folder>"`)
# and <output>/<name>.executed.ipynb (run by the repo's local dotnet-repl tool), and passes when dotnet-repl exits 0
# and the executed notebook holds at least one image/png output and no error output.
# Prints one line per notebook (`notebook <name>: ok (N code cells run, M images, T s)` or `... FAILED: <reason>`) and ends
# with `notebooks: N passed, N failed`; exits non-zero if any failed.
# NOTEBOOK_FILTER=02 runs only the notebooks whose name contains 02; NOTEBOOK_TIMEOUT_SECONDS (default 200) caps each one.
# Needs: the .NET SDK, `dotnet tool restore` already done, python3, network access to nuget.org (ScottPlot).
set -uo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 <folder holding ScsSim.<version>.nupkg> <output folder>" >&2
    exit 64
fi
# A failure before any notebook runs still ends with the summary line CI reads.
fail_setup() {
    echo "notebooks: FAILED: $1"
    echo "notebooks: 0 passed, 1 failed"
    exit 1
}

# dotnet-repl rejects relative paths in #i, so the package folder is made absolute here.
package_dir=$(cd "$1" 2>/dev/null && pwd) || fail_setup "package folder not found: $1"
mkdir -p "$2" || fail_setup "cannot create the output folder $2"
output_dir=$(cd "$2" && pwd)
notebook_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$notebook_dir/../.." && pwd)
per_notebook_timeout=${NOTEBOOK_TIMEOUT_SECONDS:-200}

shopt -s nullglob
packages=("$package_dir"/ScsSim.[0-9]*.nupkg)
[[ ${#packages[@]} -eq 1 ]] || fail_setup "expected exactly one ScsSim.<version>.nupkg in $package_dir, found ${#packages[@]}"
package_version=$(basename "${packages[0]}" .nupkg)
package_version=${package_version#ScsSim.}

# The notebooks restore from a copy of the package in a folder unique to this run: the kernel's NuGet resolver keeps
# a cache (~/.packagemanagement/nuget/Cache) keyed on the package references and their sources, which would otherwise
# hand back the assemblies of an earlier run.
source_dir="$output_dir/package-source/$(date -u +%Y%m%dT%H%M%S)-$$"
rm -rf "$output_dir/package-source"
mkdir -p "$source_dir" && cp "${packages[0]}" "$source_dir/" || fail_setup "cannot copy the package to $source_dir"

# NuGet caches by id and version: a rebuilt package with an unchanged version would be served stale from the usual
# cache, so every run restores into a fresh folder.
export NUGET_PACKAGES="$output_dir/nuget-packages"
rm -rf "$NUGET_PACKAGES"
mkdir -p "$NUGET_PACKAGES"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1

notebooks=("$notebook_dir"/*${NOTEBOOK_FILTER:-}*.ipynb)
passed=0
failed=0
[[ ${#notebooks[@]} -gt 0 ]] || fail_setup "no notebooks in $notebook_dir${NOTEBOOK_FILTER:+ matching $NOTEBOOK_FILTER}"

for notebook in "${notebooks[@]}"; do
    name=$(basename "$notebook" .ipynb)
    copy="$output_dir/$name.ipynb"
    executed="$output_dir/$name.executed.ipynb"
    log="$output_dir/$name.log"
    rm -f "$executed"

    # The copy: the first code cell gets the local package source; the notebook must pin the version being tested.
    if ! reason=$(python3 - "$notebook" "$copy" "$source_dir" "$package_version" 2>&1 <<'PY'
import json, re, sys
source, copy, package_dir, version = sys.argv[1:]
nb = json.load(open(source, encoding="utf-8"))
code = [c for c in nb.get("cells", []) if c.get("cell_type") == "code"]
if not code:
    sys.exit("no code cell")
def source_text(cell):
    s = cell.get("source", "")
    return s if isinstance(s, str) else "".join(s)
text = "\n".join(source_text(c) for c in code)
pins = re.findall(r'#r\s+"nuget:\s*ScsSim\s*,\s*([^"\s]+)\s*"', text)
if not pins:
    sys.exit('no #r "nuget: ScsSim, <version>" line')
if any(p != version for p in pins):
    sys.exit(f"notebook pins ScsSim {', '.join(sorted(set(pins)))} but the package folder holds {version}")
first = code[0]
first["source"] = f'#i "nuget: {package_dir}"\n' + source_text(first)
for c in code:
    c["outputs"] = []
    c["execution_count"] = None
json.dump(nb, open(copy, "w", encoding="utf-8"), indent=1, ensure_ascii=False)
PY
    ); then
        echo "notebook $name: FAILED: $(tail -n 1 <<<"${reason:-could not prepare the copy}")"
        failed=$((failed + 1))
        continue
    fi

    start=$(date +%s.%N)
    (cd "$repo_dir" && timeout --kill-after=10 "$per_notebook_timeout" \
        dotnet dotnet-repl --run "$copy" --exit-after-run --output-path "$executed") >"$log" 2>&1
    rc=$?
    seconds=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$(date +%s.%N)")

    if [[ $rc -eq 124 || $rc -eq 137 ]]; then
        echo "notebook $name: FAILED: timed out after ${per_notebook_timeout} s (log: $log)"
        failed=$((failed + 1))
        continue
    fi
    if [[ ! -s $executed ]]; then
        echo "notebook $name: FAILED: dotnet-repl exited $rc without writing $executed (log: $log)"
        failed=$((failed + 1))
        continue
    fi

    # Counts cells, images and errors; an error is an `error` output or an stderr stream.
    summary=$(python3 - "$executed" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
cells = [c for c in nb.get("cells", []) if c.get("cell_type") == "code"]
images = errors = 0
first_error = ""
for i, c in enumerate(cells):
    for o in c.get("outputs", []):
        kind = o.get("output_type")
        if "image/png" in o.get("data", {}):
            images += 1
        if kind == "error" or (kind == "stream" and o.get("name") == "stderr"):
            errors += 1
            if not first_error:
                text = o.get("evalue") or "".join(o.get("text", [])) or o.get("ename", "")
                first_error = f"code cell {i + 1}: " + " ".join(str(text).split())[:300]
print(len(cells), images, errors, first_error)
PY
    ) || summary="0 0 1 could not read the executed notebook"
    read -r cells images errors first_error <<<"$summary"

    if [[ ! -d $NUGET_PACKAGES/scssim/$package_version ]]; then
        echo "notebook $name: FAILED: ScsSim $package_version was not restored into $NUGET_PACKAGES (a stale package cache?) (log: $log)"
        failed=$((failed + 1))
    elif [[ $rc -ne 0 || $errors -ne 0 ]]; then
        echo "notebook $name: FAILED: dotnet-repl exit $rc, $errors error output(s)${first_error:+; $first_error} (log: $log)"
        failed=$((failed + 1))
    elif [[ $images -eq 0 ]]; then
        echo "notebook $name: FAILED: no image/png output (log: $log)"
        failed=$((failed + 1))
    else
        echo "notebook $name: ok ($cells cells, $images images, $seconds s)"   # cells = code cells run
        passed=$((passed + 1))
    fi
done

# Drop the resolver cache entries this run created (they point into this run's NUGET_PACKAGES folder).
resolver_cache="$HOME/.packagemanagement/nuget/Cache"
if [[ -d $resolver_cache ]]; then
    grep -l -F -- "$NUGET_PACKAGES/" "$resolver_cache"/* 2>/dev/null | while read -r entry; do
        rm -f -- "$entry" "${entry%.csx}.resolvedReferences.paths" "${entry%.resolvedReferences.paths}.csx"
    done
fi

echo "notebooks: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
