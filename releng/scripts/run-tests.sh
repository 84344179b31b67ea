#!/usr/bin/env bash
# Builds every bundle, runs every test (headless and UI tests under Xvfb), builds the p2 repository and the
# product archives (full and base product for Linux x86_64 and ARM64 and Windows), then checks the archives
# (check-archives.sh), the Linux x86_64 product itself (smoke-product.sh: it unpacks, ducha-cli works, the
# workbench starts), the plugins' life cycle (plugins-lifecycle.sh: install into the base product; switch off,
# on, remove and reinstall each plugin of the full product, data kept), a plugin upgrade (plugin-upgrade.sh: a
# newer build over the older, its migration applied, an older desktop refusing the newer schema) and a sample of
# plugin subsets
# (plugin-subsets.sh: the workbench shows exactly the installed plugins' views; 'plugin-subsets.sh all' runs all).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$HERE/prerequisites.sh"
. "$HERE/env.sh"
cd "$DUCHA_ROOT"

if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s '-screen 0 1400x900x24' "$MVN" -B clean verify
  "$HERE/check-archives.sh"
  xvfb-run -a -s '-screen 0 1400x900x24' "$HERE/smoke-product.sh"
  "$HERE/plugins-lifecycle.sh"
  "$HERE/plugin-upgrade.sh"
  xvfb-run -a -s '-screen 0 1400x900x24' "$HERE/plugin-subsets.sh"
else
  "$MVN" -B clean verify
  "$HERE/check-archives.sh"
  "$HERE/smoke-product.sh"
  "$HERE/plugins-lifecycle.sh"
  "$HERE/plugin-upgrade.sh"
  "$HERE/plugin-subsets.sh"
fi
