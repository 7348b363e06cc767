#!/usr/bin/env bash
# Packs the command-line sample as a .NET tool (ScsSim.Cli, command `scssim`), installs it from a local folder feed into
# a private tool path with a fresh NuGet cache (a rebuilt 0.1.0 would otherwise be served stale), and runs it.
# Usage: bash eng/check-tool.sh <output folder>
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mkdir -p "${1:-artifacts}" && cd "${1:-artifacts}" && pwd)
feed="$out/tool-feed"; tools="$out/tool-path"; cache="$out/tool-nuget"
rm -rf "$feed" "$tools" "$cache" && mkdir -p "$feed"
dotnet pack samples/ScsSim.Cli -c Release -o "$feed" --nologo
NUGET_PACKAGES="$cache" dotnet tool install ScsSim.Cli --version 0.1.0 --tool-path "$tools" --add-source "$feed"
"$tools/scssim" --help > "$out/tool-help.out"
grep -q "scssim simulate tonic" "$out/tool-help.out"
"$tools/scssim" validate hf10k --device samples/settings/example-device.json > "$out/tool-validate.out" && rc=0 || rc=$?
[ "$rc" -eq 3 ] && grep -q "cannot deliver 10 kHz" "$out/tool-validate.out"
echo "tool check: scssim installed from the packed ScsSim.Cli and answered (help; validate exits 3 on a device that cannot deliver 10 kHz)"
