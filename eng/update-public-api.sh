#!/usr/bin/env bash
# Rewrites src/ScsSim/PublicAPI.Unshipped.txt from the code: every public symbol the PublicApiAnalyzers report as
# undeclared (RS0016) after the list is emptied. Removed symbols go, new ones come in; review the diff before committing.
# (Nothing has shipped yet, so PublicAPI.Shipped.txt stays empty and the whole surface lives in the unshipped list.)
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/ScsSim/PublicAPI.Unshipped.txt
before=$(grep -vc '^#nullable enable$' "$file" || true)
echo '#nullable enable' > "$file"
new=$(dotnet build src/ScsSim -c Release --no-incremental 2>&1 |
  grep -E "error RS0016: Symbol '" | sed -E "s/.*error RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u || true)
[ -n "$new" ] || { echo "public API: the build reported no public symbol (did it compile?)"; exit 1; }
{ echo '#nullable enable'; printf '%s\n' "$new"; } > "$file"
after=$(printf '%s\n' "$new" | wc -l)
echo "public API: $before entries before, $after after; the build is now clean of RS0016/RS0017"
