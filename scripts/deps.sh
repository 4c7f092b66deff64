#!/usr/bin/env bash
# Installs the Debian packages Customer Focus needs to build, run and test.
# As root it installs what is missing with apt-get; otherwise it prints the
# exact apt-get line to run and fails.
set -euo pipefail

packages=(
  cmake g++ make pkg-config zip unzip
  libreoffice-writer libreoffice-calc libreoffice-dev libreoffice-dev-common
  libboost-dev libboost-program-options-dev nlohmann-json3-dev
  # Linear algebra for the key drivers; Snowball stemmers and Unicode folding
  # for comments (both linked statically into the extension).
  libeigen3-dev libstemmer-dev libutf8proc-dev
  libgtest-dev libbenchmark-dev
  libreoffice-l10n-de
  xvfb xauth imagemagick poppler-utils
  python3
  # The second LibreOffice (scripts/office-backports.sh) and the .deb's dependencies.
  curl dpkg-dev
  # The fuzz targets (scripts/fuzz.sh): clang and its libFuzzer and sanitizer
  # runtimes, which clang only recommends.
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "Customer Focus needs these Debian packages. Install them as root with:" >&2
  echo "  apt-get update && $line" >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
