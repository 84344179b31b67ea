#!/usr/bin/env bash
# Builds every bundle, runs every test (headless and UI tests under Xvfb), builds the p2 repository and the
# product archives (full and base product for Linux x86_64 and ARM64 and Windows), then checks:
# - check-start-levels.sh (first, before the build): the products, p2.inf files and ducha-p2 state pom.xml's start
#   levels;
# - test-databases.sh (before the build, seconds): the PostgreSQL databases of the test modules that run on the
#   server backends (tests/pom.xml: persistence tests on a Derby network server and PostgreSQL, the petition
#   workflow on PostgreSQL);
# - check-architecture-selftest.sh (before the build, seconds): the layering rules hold (core bundles without UI,
#   domains apart, UI without JPA, fragments by manifest header), and the check catches planted violations;
# - check-archives.sh (beside the smoke test, it only reads the archives): every archive holds its start scripts,
#   its platform's SWT fragment and every bundle;
# - smoke-product.sh: the Linux x86_64 product unpacks, ducha-cli works (log-in, set-up, PostgreSQL), the
#   workbench starts;
# - plugins-lifecycle.sh: plugins installed into the base product; each plugin of the full product switched off,
#   on, removed and reinstalled, its data kept (the commands that observe one state share one start of ducha-cli,
#   'ducha-cli run': four starts per plugin instead of ten);
# - plugin-upgrade.sh: a newer build of a plugin over the older, its migration applied, an older desktop
#   refusing the newer schema;
# - plugin-subsets.sh: a sample of plugin subsets, the workbench shows exactly their views
#   ('plugin-subsets.sh all' runs every subset). It starts workbenches while the two checks before it run the
#   command line, in parallel, which keeps the whole run within about 20 minutes.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$HERE/prerequisites.sh"
. "$HERE/env.sh"
cd "$DUCHA_ROOT"

"$HERE/check-architecture-selftest.sh"

with_display() { # runs the command under Xvfb unless a display is there
  if [ -z "${DISPLAY:-}" ]; then xvfb-run -a -s '-screen 0 1400x900x24' "$@"; else "$@"; fi
}

# the start levels the build cannot filter (products, p2.inf, ducha-p2) agree with pom.xml's
"$HERE/check-start-levels.sh"
# the modules that test the server backends run on PostgreSQL too: their databases first (skipped where no local
# cluster can be used, an error in CI); tests/pom.xml
backends=$("$HERE/test-databases.sh")
with_display "$MVN" -B clean verify $backends
mkdir -p target
# the archive checks only read the archives (gzip, one core): they run while the smoke test starts the product
"$HERE/check-archives.sh" >target/check-archives.out 2>&1 &
archives=$!
smoke=0
with_display "$HERE/smoke-product.sh" || smoke=1
archives_status=0
wait "$archives" || archives_status=1
cat target/check-archives.out
[ "$archives_status" -eq 0 ] && [ "$smoke" -eq 0 ] || exit 1

with_display "$HERE/plugin-subsets.sh" >target/plugin-subsets.out 2>&1 &
subsets=$!
status=0
"$HERE/plugins-lifecycle.sh" || status=1
"$HERE/plugin-upgrade.sh" || status=1
wait "$subsets" || status=1
cat target/plugin-subsets.out
exit "$status"
