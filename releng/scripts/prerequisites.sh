#!/usr/bin/env bash
# Installs the Debian packages Ducha needs on a fresh machine when they are missing: GTK 3 for SWT, a CJK font
# so that Chinese renders, Xvfb for headless UI tests. Needs root (or password-less sudo) only when something
# is missing. Java 21+ and Maven 3.9 are handled by env.sh.
set -euo pipefail

PACKAGES=(libgtk-3-0 fonts-noto-cjk fonts-wqy-microhei xvfb xauth)
# the product smoke test also runs ducha-cli against a local PostgreSQL (it is skipped where this is missing)
# openssl: test-databases.sh makes the throw-away CA and server certificate of the encrypted-connection tests
[ "${DUCHA_SKIP_POSTGRES:-}" = 1 ] || PACKAGES+=(postgresql openssl)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "ducha: missing packages: ${missing[*]}; install them (as root: apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "ducha: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
