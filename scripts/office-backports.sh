#!/usr/bin/env bash
# Puts the LibreOffice of Debian's bookworm-backports suite (25.2 today) in a
# folder beside the system's, with nothing installed or upgraded:
#
#   bash scripts/office-backports.sh [FOLDER]     # default build/office-backports
#
# A private apt configuration (its own sources, lists and cache, under
# FOLDER/apt) asks which packages installing Writer and Calc from backports
# would bring, downloads them, and unpacks each with dpkg -x into FOLDER/root.
# Then the paths Debian's packages point into /etc, /var and the system's
# /usr/lib/libreoffice are turned back into the folder. The office's program
# folder is FOLDER/root/usr/lib/libreoffice/program; the script prints it on its
# last line. A second run with the folder complete does nothing (no network).
#
# Exit 0: ready. Exit 2: the package mirror cannot be reached (the caller may
# skip what needs this office). Any other failure: exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=$(realpath -m "${1:-build/office-backports}")
root="$dir/root"
lo="$root/usr/lib/libreoffice"
stamp="$dir/complete"
mirror="${CF_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# Writer and Calc, and German for the translated tests. Not what they only
# recommend (the GTK front end, LibreOfficeKit): the tests use the plain X11
# one, and the download stays near 80 MB.
wanted=(libreoffice-writer libreoffice-calc libreoffice-l10n-de)

if [[ -f "$stamp" && -x "$lo/program/soffice.bin" ]]; then
  echo "LibreOffice $(cat "$stamp") from bookworm-backports, already unpacked"
  echo "$lo/program"
  exit 0
fi

if ! curl -fsS --max-time 20 -o /dev/null "$mirror/dists/bookworm-backports/InRelease"; then
  echo "The package mirror $mirror cannot be reached: LibreOffice from bookworm-backports is not available." >&2
  exit 2
fi

rm -rf "$root" "$dir/debs" "$stamp"
mkdir -p "$dir/apt/lists/partial" "$dir/apt/cache/archives/partial" "$dir/apt/sources.d" \
  "$dir/apt/preferences.d" "$dir/debs" "$root"
cat >"$dir/apt/sources.list" <<EOF
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror bookworm main
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror bookworm-updates main
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror bookworm-backports main
EOF
apt_options=(
  -o "Dir::Etc::sourcelist=$dir/apt/sources.list"
  -o "Dir::Etc::sourceparts=$dir/apt/sources.d"
  -o "Dir::Etc::preferencesparts=$dir/apt/preferences.d"
  -o "Dir::State::Lists=$dir/apt/lists"
  -o "Dir::Cache=$dir/apt/cache"
  -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache="
  -o "Debug::NoLocking=1"
  -o "APT::Sandbox::User=root"
)
echo "== Reading the package lists of bookworm and bookworm-backports"
apt-get "${apt_options[@]}" -qq update

# What an install from backports would bring or upgrade, against the
# packages this machine has (apt reads the system's dpkg status). Upgrades of
# system libraries outside LibreOffice are left out: the system's own serve.
# So is the SDK, which apt would upgrade where 7.4's is installed: the tests
# use the extension built against 7.4.
plan=$(apt-get "${apt_options[@]}" -s -t bookworm-backports install --no-install-recommends "${wanted[@]}")
mapfile -t packages < <(awk '
  $1 == "Inst" {
    name = $2
    upgrade = ($3 ~ /^\[/)
    version = upgrade ? $4 : $3
    gsub(/[()]/, "", version)
    if (name ~ /-dev(-common)?$/) next
    if (!upgrade || name ~ /^(libreoffice|python3-uno|uno-|ure|libuno|fonts-opensymbol)/)
      print name "=" version
  }' <<<"$plan")
if ((${#packages[@]} == 0)); then
  echo "apt planned no LibreOffice packages from bookworm-backports:" >&2
  echo "$plan" >&2
  exit 1
fi
echo "== Downloading ${#packages[@]} packages"
(cd "$dir/debs" && apt-get "${apt_options[@]}" -qq download "${packages[@]}")
echo "== Unpacking them into $root"
for deb in "$dir/debs"/*.deb; do
  dpkg -x "$deb" "$root"
done
version=$(dpkg-deb -f "$dir"/debs/libreoffice-core_*.deb Version)

# Debian's absolute paths, pointed back into the folder.
sed -i 's|^BRAND_BASE_DIR=.*|BRAND_BASE_DIR=${ORIGIN}/..|' "$lo/program/fundamentalrc"
# sofficerc reads its settings from the file FHS_CONFIG_FILE names, which
# Debian sets to /etc/libreoffice/sofficerc (or leaves to the default there).
sed -i '/^FHS_CONFIG_FILE=/d' "$lo/program/sofficerc"
sed -i "s|^\[Bootstrap\]\$|[Bootstrap]\nFHS_CONFIG_FILE=file://$root/etc/libreoffice/sofficerc|" "$lo/program/sofficerc"
# The registry a postinst would write into /etc: the package's own copy.
rm -f "$lo/share/registry/main.xcd"
cp "$lo/share/.registry/main.xcd" "$lo/share/registry/main.xcd"
# Links into /var and /etc become folders and files of their own.
for link in "$lo/share/uno_packages/cache" "$lo/share/prereg/bundled"; do
  if [[ -L "$link" ]]; then
    rm -f "$link"
    mkdir -p "$link"
  fi
done
find "$lo" -type l \( -lname '/etc/*' -o -lname '/var/*' \) -print0 | while IFS= read -r -d '' link; do
  target=$(readlink "$link")
  rm -f "$link"
  if [[ -f "$root$target" ]]; then cp "$root$target" "$link"; else : >"$link"; fi
done
# The unopkg script and Python-UNO name /usr/lib/libreoffice: use this copy's.
sed -i "s|/usr/lib/libreoffice|$lo|g" "$lo/program/unopkg"
for f in "$lo/program/pythonloader.unorc" "$root/usr/lib/python3/dist-packages/uno.py"; do
  [[ -f "$f" ]] && sed -i "s|/usr/lib/libreoffice|$lo|g" "$f"
done
# Libraries these packages bring that the system lacks: beside the office,
# where its RUNPATH ($ORIGIN) finds them.
for lib in "$root"/usr/lib/x86_64-linux-gnu/*.so.*; do
  [[ -e "$lib" ]] || continue
  name=$(basename "$lib")
  [[ -e "$lo/program/$name" ]] || ln -s "$lib" "$lo/program/$name"
done
missing=$(ldd "$lo/program/soffice.bin" "$lo"/program/lib*lo.so 2>/dev/null | grep 'not found' | sort -u || true)
if [[ -n "$missing" ]]; then
  echo "Libraries the office needs and neither the folder nor the system has:" >&2
  echo "$missing" >&2
  exit 1
fi
rm -rf "$dir/debs" "$dir/apt/cache"
echo "$version" >"$stamp"
echo "LibreOffice $version from bookworm-backports, unpacked ($(du -sm "$root" | cut -f1) MB)"
echo "$lo/program"
