#!/usr/bin/env bash
# Builds the product (tests skipped: run-tests.sh runs them), unpacks the archive into target/install and starts
# the workbench on the embedded database of a demo data folder. Its first start fills the empty database with the
# demo court (-Dducha.demo=true); log in with one of the demo accounts (README.md), e.g. director / ducha123.
# A real installation never does this: its first start creates the court's first administrator instead.
#   DUCHA_DATA   data folder (default target/demo-data); delete it to start again from an empty database
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
# the demo's own folder, so that the demo court never lands in a real data folder (~/.ducha)
export DUCHA_DATA="${DUCHA_DATA:-$DUCHA_ROOT/target/demo-data}"
export DUCHA_VMARGS="-Dducha.demo=true ${DUCHA_VMARGS:-}"
echo "ducha: starting $INSTALL/ducha/ducha (demo data folder $DUCHA_DATA)"
exec "$INSTALL/ducha/ducha" "$@"
