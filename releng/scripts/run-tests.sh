#!/usr/bin/env bash
# Builds every bundle, runs every test (headless and UI tests under Xvfb), builds the p2 repository and the
# product archive, then checks the archive itself: it unpacks, ducha-cli works, the workbench starts.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$HERE/prerequisites.sh"
. "$HERE/env.sh"
cd "$DUCHA_ROOT"

if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s '-screen 0 1400x900x24' "$MVN" -B clean verify
  xvfb-run -a -s '-screen 0 1400x900x24' "$HERE/smoke-product.sh"
else
  "$MVN" -B clean verify
  "$HERE/smoke-product.sh"
fi
