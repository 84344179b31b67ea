#!/usr/bin/env bash
# Builds the product (tests skipped: run-tests.sh runs them), unpacks the archive into target/install and starts
# the workbench on the embedded database. On the first start with an empty database the demo court is created;
# log in with one of the demo accounts (README.md), e.g. director / ducha123.
#   DUCHA_DATA   data folder (default ~/.ducha); delete it to start again from an empty database
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$HERE/prerequisites.sh"
. "$HERE/env.sh"
cd "$DUCHA_ROOT"
"$MVN" -B -q verify -DskipTests
INSTALL="$DUCHA_ROOT/target/install"
rm -rf "$INSTALL" && mkdir -p "$INSTALL"
tar xzf releng/ducha.repository/target/products/ducha-linux.gtk.x86_64.tar.gz -C "$INSTALL"
if [ -z "${DISPLAY:-}" ]; then
  echo "ducha: no display (DISPLAY is unset); start it on a desktop, or under Xvfb: xvfb-run -a $0" >&2
  exit 1
fi
echo "ducha: starting $INSTALL/ducha/ducha (data folder ${DUCHA_DATA:-$HOME/.ducha})"
exec "$INSTALL/ducha/ducha" "$@"
