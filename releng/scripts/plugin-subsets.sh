#!/usr/bin/env bash
# Any subset of the domain plugins makes a working product: for each subset this installs exactly those plugins
# into a fresh copy of the base product with the p2 director (ducha-p2), seeds the demo court, starts the
# workbench and checks that its navigator lists exactly the views of the platform and of those plugins, and that
# its log holds no error. With two plugins or more, the last one is then switched off (ducha-cli plugins disable)
# and the workbench started again must list the views of the others only.
#   plugin-subsets.sh           a sample (no plugin; cases and study): what the test command runs
#   plugin-subsets.sh all       every subset of the domain plugins (2^n starts, about 90 s each)
#   plugin-subsets.sh "cases" "petitions integrity" ...   the subsets given, each a space-separated list
# Needs the built base product and repository, and a display (run-tests.sh provides Xvfb).
# Prints "N passed, N failed" and fails when a check fails.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/quick-jvm.sh"
ROOT=$(cd "$HERE/../.." && pwd)
BASE_ARCHIVE=${DUCHA_BASE_ARCHIVE:-$ROOT/releng/ducha.repository/target/products/ducha-base-linux.gtk.x86_64.tar.gz}
REPOSITORY=$ROOT/releng/ducha.repository/target/repository
mapfile -t DOMAINS < <("$HERE/domains.sh")
WORK="$ROOT/target/plugin-subsets"
rm -rf "$WORK" && mkdir -p "$WORK"
LOG="$WORK/subsets.log"
START_TIMEOUT=${DUCHA_START_TIMEOUT:-120}
passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >>"$LOG" 2>&1; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name (see $LOG)"; fi
}

views_of() { # bundle: the ids of the part descriptors its model fragment tags as navigator views
  python3 - "$ROOT/bundles/$1/fragment.e4xmi" <<'PY'
import sys, xml.etree.ElementTree as ET
for element in ET.parse(sys.argv[1]).iter('elements'):
    if 'ducha.view' in [t.text for t in element.findall('tags')]:
        print(element.get('elementId'))
PY
}

start_and_check() { # label, installation, work folder, expected views: starts the workbench and checks it
  local label=$1 P=$2 dir=$3 expected=$4 pid waited
  rm -f "$dir/views.txt"
  DUCHA_VMARGS="$QUICK_JVM -Dducha.login.user=admin -Dducha.login.password=ducha123 -Dducha.viewlist.file=$dir/views.txt" \
    "$P/ducha" >"$dir/workbench.log" 2>&1 &
  pid=$!
  for ((waited = 0; waited < START_TIMEOUT; waited += 2)); do
    [ -s "$dir/views.txt" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 2
  done
  sleep 10 # late plugins' services and a second navigator refresh
  check "[$label] the workbench is running" kill -0 "$pid"
  check "[$label] the navigator lists exactly the views of the platform and the plugins" diff "$expected" "$dir/views.txt"
  check "[$label] the workbench log has no errors" sh -c "! grep -nE 'Exception|!ENTRY .* 4 ' '$dir/workbench.log'"
  kill "$pid" 2>/dev/null; sleep 3; kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  cat "$dir/workbench.log" >>"$LOG"
}

subsets=()
if [ $# -eq 0 ]; then
  subsets=("" "cases study")
elif [ "$1" = all ]; then
  n=${#DOMAINS[@]}
  for ((mask = 0; mask < (1 << n); mask++)); do
    s=""
    for ((i = 0; i < n; i++)); do (( mask & (1 << i) )) && s="$s ${DOMAINS[$i]}"; done
    subsets+=("${s# }")
  done
else
  subsets=("$@")
fi

for subset in "${subsets[@]}"; do
  label=${subset:-platform only}
  dir="$WORK/${subset// /+}"; dir=${dir%/}; [ -n "$subset" ] || dir="$WORK/none"
  mkdir -p "$dir/install"
  tar xzf "$BASE_ARCHIVE" -C "$dir/install"
  P="$dir/install/ducha"
  export DUCHA_DATA="$dir/data"
  if [ -n "$subset" ]; then
    ius=$(for d in $subset; do printf 'ducha.%s.feature.feature.group,' "$d"; done)
    check "[$label] ducha-p2 installs the subset" "$P/ducha-p2" -repository "file:$REPOSITORY" -installIU "${ius%,}"
  fi
  check "[$label] ducha-cli demo seeds the demo court" "$P/ducha-cli" demo

  { views_of ducha.app; views_of ducha.reports.ui; for d in $subset; do views_of "ducha.$d.ui"; done; } \
    | LC_ALL=C sort >"$dir/expected-views.txt"
  start_and_check "$label" "$P" "$dir" "$dir/expected-views.txt"

  set -- $subset
  if [ $# -ge 2 ]; then
    off=${!#}
    check "[$label] ducha-cli plugins disable $off" \
      env DUCHA_USER=admin DUCHA_PASSWORD=ducha123 "$P/ducha-cli" plugins disable "$off"
    { views_of ducha.app; views_of ducha.reports.ui; for d in $subset; do [ "$d" = "$off" ] || views_of "ducha.$d.ui"; done; } \
      | LC_ALL=C sort >"$dir/expected-views-off.txt"
    start_and_check "$label, $off switched off" "$P" "$dir" "$dir/expected-views-off.txt"
  fi
  rm -rf "$dir/install"   # about 90 MB each
done

echo "plugin subsets: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
