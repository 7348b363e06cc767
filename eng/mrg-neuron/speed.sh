#!/usr/bin/env bash
# One MRG threshold search (41 nodes, 1 mm, 100 µs, dt 5 µs, to 1 %) timed in NEURON 8.2 and in ScsSim, one after the
# other on this machine, and the ratio (issue 11, part 5: target ScsSim at least 5 times faster). Not run by CI.
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh > /dev/null 2>&1
neuron=$(/usr/bin/python3 mrg_thresholds.py --timing 2>/dev/null | grep '^timing_threshold_s')
scssim=$(dotnet run -c Release --project ../../benchmarks/ScsSim.Benchmarks -- mrg-neuron-speed | tail -n +2)
echo "diameter_um,neuron_runs,neuron_cpu_s,scssim_runs,scssim_cpu_s,neuron_over_scssim"
join -t, <(echo "$neuron" | awk -F, '{printf "%g,%s,%s\n", $2, $10, $8}' | sort) \
         <(echo "$scssim" | awk -F, '{printf "%g,%s,%s\n", $1, $2, $4}' | sort) |
  awk -F, '{printf "%s,%s,%s,%s,%s,%.0f\n", $1, $2, $3, $4, $5, $3 / $5}' | sort -t, -k1,1g
