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
# The product checks start once the build has made the products, before the test modules, and run beside them and
# each other (archives, then court year, then upgrade | smoke test, then subsets | life cycle, itself three
# installations side by side), which keeps the whole run within about 20 minutes.
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
# The product checks need only the archives and the p2 repository, which the build makes before the test modules
# (pom.xml's module order; the repository module then writes products.ready): they start as soon as it is there and
# run beside the tests, which leave a core idle much of the time (UI tests wait for the display, the database for
# the disk). Each check runs in folders (and a database) of its own and prints its output whole once all ended.
READY=releng/ducha.repository/target/products.ready
rm -f "$READY"
# an interrupted run leaves no build or check behind (the trap keeps the run's own exit status)
trap 'code=$?; kill $(jobs -p) 2>/dev/null || true; exit $code' EXIT
with_display "$MVN" -B clean verify $backends &
maven=$!
while [ ! -e "$READY" ] && kill -0 "$maven" 2>/dev/null; do sleep 2; done
checks=()
if [ -e "$READY" ]; then
  phase "products built, product checks started"
  mkdir -p target
  # the archive checks only read the archives (gzip, one core), then the court-year import and the plugin upgrade
  # run the command line; the smoke test and then the plugin subsets start workbenches, which wait much of their
  # time; the plugin life cycle runs three installations side by side
  ( chain=0; "$HERE/check-archives.sh" >target/check-archives.out 2>&1 || chain=1
    "$HERE/court-year.sh" >target/court-year.out 2>&1 || chain=1
    "$HERE/plugin-upgrade.sh" >target/plugin-upgrade.out 2>&1 || chain=1
    exit "$chain" ) &
  checks+=($!)
  ( smoke=0; with_display "$HERE/smoke-product.sh" >target/smoke-product.out 2>&1 || smoke=1
    with_display "$HERE/plugin-subsets.sh" >target/plugin-subsets.out 2>&1 || smoke=1
    exit "$smoke" ) &
  checks+=($!)
  "$HERE/plugins-lifecycle.sh" >target/plugins-lifecycle.out 2>&1 &
  checks+=($!)
fi
status=0
wait "$maven" || status=1
phase "build and tests"
if [ "${#checks[@]}" -eq 0 ]; then
  echo "run-tests: the build made no products ($READY): no product check ran" >&2
  exit 1
fi
for check in "${checks[@]}"; do wait "$check" || status=1; done
cat target/check-archives.out target/court-year.out target/plugin-upgrade.out target/smoke-product.out \
  target/plugin-subsets.out target/plugins-lifecycle.out || status=1
phase "product checks"
exit "$status"
