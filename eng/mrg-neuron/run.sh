#!/usr/bin/env bash
# Regenerates the NEURON reference CSV the C# MRG tests compare against (about 2 minutes of CPU here). Not run by CI.
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh
out=../../tests/ScsSim.Tests/Activation/Data/mrg-neuron-reference.csv
mkdir -p "$(dirname "$out")"
/usr/bin/python3 mrg_thresholds.py "$@" 2>/dev/null | grep -v -e DISPLAY -e "No graphics" > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out ($(($(wc -l < "$out") - 1)) rows)"
