#!/usr/bin/env bash
# Packs ScsSim, then builds and runs eng/PackageConsumer against the packed package from a local folder feed, with a
# fresh NuGet cache (NuGet caches by version: a rebuilt 0.1.0 would otherwise be served stale).
# Usage: bash eng/check-package.sh <output folder>   (prints the package folder path on its last line)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mkdir -p "${1:-artifacts}" && cd "${1:-artifacts}" && pwd)
packages="$out/packages"
rm -rf "$packages" "$out/consumer-nuget" && mkdir -p "$packages"
dotnet pack src/ScsSim -c Release -o "$packages" --nologo
ls "$packages"/ScsSim.*.nupkg "$packages"/ScsSim.*.snupkg
NUGET_PACKAGES="$out/consumer-nuget" dotnet run --project eng/PackageConsumer -c Release \
  -p:RestoreAdditionalProjectSources="$packages" --property:BaseIntermediateOutputPath="$out/consumer-obj/" \
  --property:OutputPath="$out/consumer-bin/"
# Prove the package that ran is the one just packed (not a same-named package from another feed).
expected=$(openssl dgst -sha512 -binary "$packages"/ScsSim.*.nupkg | base64 -w0)
actual=$(cat "$out"/consumer-nuget/scssim/*/scssim.*.nupkg.sha512)
[ "$expected" = "$actual" ] || { echo "package check: the consumer restored a different ScsSim package" >&2; exit 1; }
echo "package check: the consumer ran against the freshly packed package"
echo "$packages"
