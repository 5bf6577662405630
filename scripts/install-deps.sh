#!/usr/bin/env bash
# Installs the Debian 12 packages adphoto needs to build, test and run, but only those missing.
# Idempotent: a second run installs nothing. Needs root (apt-get); prints what it installs.
set -euo pipefail

packages=(
  # build
  cmake g++ ninja-build pkg-config clang-format
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6svg6
  qt6-image-formats-plugins qt6-translations-l10n
  libldap-dev libsasl2-dev libsasl2-modules-gssapi-mit
  libopencv-dev opencv-data libicu-dev qtkeychain-qt6-dev libquazip1-qt6-dev
  libgtest-dev libgmock-dev
  # the real Active Directory the tests and the demo run against
  samba samba-ad-dc samba-dsdb-modules samba-ad-provision winbind krb5-user ldap-utils ldb-tools
  openssl libnss-wrapper python3 python3-pil
  # GUI tests, screenshots, fuzzing
  xvfb xauth clang libclang-rt-14-dev
  # fuzzing needs clang >= 16 for std::expected; the imaging benchmark compares with ImageMagick
  clang-16 libclang-rt-16-dev imagemagick
  # packaging: PNG icons from the SVG, the .deb's Depends (dpkg-shlibdeps) and its checks
  librsvg2-bin dpkg-dev appstream desktop-file-utils lintian man-db
)
# tests/deploy-ps parses the generated PowerShell with a Node.js grammar: the machine's own
# Node.js serves when it has one (Debian's nodejs would clash with it).
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present" >&2
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: root is needed to install packages (try: sudo $0)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# krb5-config asks for a default realm; the project configures Kerberos per run, not in /etc.
echo "krb5-config krb5-config/default_realm string EXAMPLE.TEST" | debconf-set-selections
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done" >&2
