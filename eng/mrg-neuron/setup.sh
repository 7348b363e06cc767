#!/usr/bin/env bash
# Installs NEURON 8.2 from Debian (when missing) and compiles mrgnode.mod into build/ (git-ignored).
# Debian's nrnivmodl looks for its makefile in /usr/bin and links without /usr/lib/nrn; this runs a patched copy.
set -euo pipefail
cd "$(dirname "$0")"
if ! /usr/bin/python3 -c "import neuron" 2>/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neuron neuron-dev python3-neuron
fi
rm -rf build && mkdir -p build && cp mrgnode.mod build/
sed -e 's#"${bindir}/nrnmech_makefile"#/usr/lib/nrn/nrnmech_makefile#' -e 's# special &&# mech_lib_shared \&\&#' /usr/bin/nrnivmodl > build/nrnivmodl-patched
(cd build && bash nrnivmodl-patched -loadflags "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn" >nrnivmodl.log 2>&1) || { tail -20 build/nrnivmodl.log; exit 1; }
lib=$(find build -name 'libnrnmech*.so*' | head -1)
[ -n "$lib" ] || { echo "setup: no libnrnmech built"; tail -20 build/nrnivmodl.log; exit 1; }
echo "setup: NEURON $(/usr/bin/python3 -c 'import neuron; print(neuron.__version__)'), mechanism library $lib"
