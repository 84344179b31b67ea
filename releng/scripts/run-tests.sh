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
# - court-year.sh (after the archive checks): a court-year's ledgers (tests/court-year) imported through ducha-cli
#   into an empty database give every figure of that year's report;
# - smoke-product.sh: the Linux x86_64 product unpacks, ducha-cli works (log-in, set-up, PostgreSQL), the
#   workbench starts;
# - plugins-lifecycle.sh: plugins installed into the base product; each plugin of the full product switched off,
#   on, removed and reinstalled, its data kept (the commands that observe one state share one start of ducha-cli,
#   'ducha-cli run': four starts per plugin instead of ten);
# - plugin-upgrade.sh: a newer build of a plugin over the older, its migration applied, an older desktop
#   refusing the newer schema;
# - plugin-subsets.sh: a sample of plugin subsets, the workbench shows exactly their views
#   ('plugin-subsets.sh all' runs every subset).
# After the build the checks run side by side (archives | smoke test, then subsets | life cycle, then upgrade),
# which keeps the whole run within about 20 minutes.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$HERE/prerequisites.sh"
. "$HERE/env.sh"
cd "$DUCHA_ROOT"

"$HERE/check-architecture-selftest.sh"

started=$SECONDS
phase() { echo "run-tests: $1 after $((SECONDS - started)) s"; } # the figures CI's time is tuned by

with_display() { # runs the command under Xvfb unless a display is there; the screen holds a 1920×1080 window
  # (tests/ducha.workbench.tests photographs every view at that size)
  if [ -z "${DISPLAY:-}" ]; then xvfb-run -a -s '-screen 0 1920x1200x24' "$@"; else "$@"; fi
}

# the start levels the build cannot filter (products, p2.inf, ducha-p2) agree with pom.xml's
"$HERE/check-start-levels.sh"
# the modules that test the server backends run on PostgreSQL too: their databases first (skipped where no local
# cluster can be used, an error in CI); tests/pom.xml
backends=$("$HERE/test-databases.sh")
with_display "$MVN" -B clean verify $backends
phase "build and tests"
mkdir -p target
# The product checks run side by side, each in folders (and a database) of its own: the archive checks only read
# the archives (gzip, one core), then the court-year import (one ducha-cli batch); the smoke test and then the
# plugin subsets start workbenches, which wait much of their time; the plugin life cycle and then the upgrade run the command line. On two cores this ends minutes
# sooner than one after the other; each check's output is printed whole once it ended.
( chain=0; "$HERE/check-archives.sh" >target/check-archives.out 2>&1 || chain=1
  "$HERE/court-year.sh" >target/court-year.out 2>&1 || chain=1
  exit "$chain" ) &
archives=$!
( smoke=0; with_display "$HERE/smoke-product.sh" >target/smoke-product.out 2>&1 || smoke=1
  with_display "$HERE/plugin-subsets.sh" >target/plugin-subsets.out 2>&1 || smoke=1
  exit "$smoke" ) &
workbenches=$!
status=0
"$HERE/plugins-lifecycle.sh" || status=1
phase "plugin life cycle"
"$HERE/plugin-upgrade.sh" || status=1
phase "plugin upgrade"
wait "$archives" || status=1
cat target/check-archives.out target/court-year.out
wait "$workbenches" || status=1
cat target/smoke-product.out target/plugin-subsets.out || status=1
phase "archive checks, smoke test and plugin subsets"
exit "$status"
