#!/usr/bin/env bash
# Adds every public symbol that the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt.
# Use it after adding public API on purpose; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/ScsSim/PublicAPI.Unshipped.txt
new=$(dotnet build src/ScsSim -c Release --no-incremental 2>&1 |
  grep -E "error RS0016: Symbol '" | sed -E "s/.*error RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u || true)
[ -n "$new" ] || { echo "public API: nothing to add"; exit 0; }
{ grep -v '^#nullable enable$' "$file" || true; printf '%s\n' "$new"; } | sort -u > "$file.tmp"
{ echo '#nullable enable'; cat "$file.tmp"; } > "$file" && rm "$file.tmp"
echo "public API: $(printf '%s\n' "$new" | wc -l) entries added to $file"
