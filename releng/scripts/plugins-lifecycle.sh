#!/usr/bin/env bash
# The product's central promise, checked as IT would do it with `ducha-cli plugins` (which runs the p2 director
# inside the product, ducha-p2): the base product (platform only) gets every domain plugin installed from the p2
# repository; then every plugin of the full product is switched off (its commands and report section disappear,
# its bundles stay) and on again (all of it back), uninstalled (its bundles leave the installation while the
# other plugins stay) and reinstalled, with its data unchanged throughout. The p2 tools must not start the
# database or any Ducha bundle.
# Every change (switch, uninstall, install) is observed by the next start of ducha-cli, never by the run that made
# it: the observations of one state (help, report, modules) run as one batch ('ducha-cli run', one start), which
# ends with the next change; a p2 change is always a batch's last command (it takes effect at the next start).
# The full product's plugins are shared out between two installations that run side by side (with the base product
# beside them: three streams of ducha-cli starts), which takes the check from about seven minutes to about four.
# Runs after the build (needs the product archive and the repository); no display needed.
# Prints "N passed, N failed" and fails when a check fails.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/quick-jvm.sh"
. "$HERE/cli-batch.sh"
ROOT=$(cd "$HERE/../.." && pwd)
PRODUCTS=$ROOT/releng/ducha.repository/target/products
ARCHIVE=${DUCHA_ARCHIVE:-$PRODUCTS/ducha-linux.gtk.x86_64.tar.gz}
BASE_ARCHIVE=${DUCHA_BASE_ARCHIVE:-$PRODUCTS/ducha-base-linux.gtk.x86_64.tar.gz}
REPOSITORY=$ROOT/releng/ducha.repository/target/repository
DOMAINS=${DUCHA_DOMAINS:-$("$HERE/domains.sh" | tr "\n" " ")}
WORK="$ROOT/target/plugins-lifecycle"
rm -rf "$WORK" && mkdir -p "$WORK/base"
LOG="$WORK/lifecycle.log"
check() { # name, command... (prints ok/FAIL; counted at the end, as the two parts run side by side)
  local name=$1; shift
  if "$@" >>"$LOG" 2>&1; then echo "ok   $name"
  else echo "FAIL $name (see $LOG)"; fi
}

tar xzf "$BASE_ARCHIVE" -C "$WORK/base"
B="$WORK/base/ducha"
year=$(date +%Y)

REPORT="report --from $year-01-01 --to $year-12-31 --format csv" # this year's annual report, in CSV

# ---- the base product: platform only, every plugin installed by IT from the repository
base_product() {
local LOG="$WORK/base.log"
settings() { # an installation's start scripts, framework configuration and launcher arguments
  (cd "$1" && ls ducha*); grep -v '^#' "$1/configuration/config.ini" | sort; cat "$1/eclipse.ini"
}
same_settings() { diff <(settings "$B") <(settings "$WORK/full-1/install/ducha"); }
check "base product: same start scripts, configuration and launcher arguments as the full product" same_settings
no_domain_plugin() { local jars; jars=$(ls "$B/plugins"); ! grep -qE "^ducha\.($(echo $DOMAINS | tr ' ' '|'))\." <<<"$jars"; }
check "base product: no domain plugin installed" no_domain_plugin
base_cli() { DUCHA_DATA="$WORK/base-data" DUCHA_USER=admin DUCHA_PASSWORD=ducha123 "$B/ducha-cli" "$@"; }
check "base product: ducha-cli demo seeds the platform's demo court" base_cli demo
# one start: what the repository offers, then the installation of every plugin (a p2 change: the batch's last)
local offer="$WORK/base-offer"
DUCHA_DATA="$WORK/base-data" DUCHA_USER=admin DUCHA_PASSWORD=ducha123 batch "$offer" "$B" \
  "plugins list --repository 'file:$REPOSITORY'" "plugins install $DOMAINS --repository 'file:$REPOSITORY'"
offers_all() {
  local d; ran "$offer" 1 || return 1
  for d in $DOMAINS; do grep -qE "^$d .*1\.0\.0\.[0-9]+ *\$" "$offer/1.out" || return 1; done
}
check "base product: ducha-cli plugins list --repository shows every plugin offered, none installed" offers_all
check "base product: ducha-cli plugins install $DOMAINS" ran "$offer" 2
# the next start sees them: report, help and the plugin list in one batch
local after="$WORK/base-installed"
DUCHA_DATA="$WORK/base-data" DUCHA_USER=admin DUCHA_PASSWORD=ducha123 batch "$after" "$B" \
  "$REPORT" "--help" "plugins list"
for domain in $DOMAINS; do
  check "base product + $domain: its command is offered" sh -c "test -e '$after/ok-2' && grep -qE '^  $domain ' '$after/2.out'"
  check "base product + $domain: its report section appears" sh -c "test -e '$after/ok-1' && grep -q '^$domain,' '$after/1.out'"
  check "base product + $domain: plugins list shows it" sh -c "test -e '$after/ok-3' && grep -qE '^$domain ' '$after/3.out'"
done
}

# ---- the full product: every plugin switched off and on, removed and reinstalled in turn; the plugins are
# shared out between two installations of the full product (each with its own data folder), which run side by side:
# in each, the plugin under test changes while all the others stay installed
full_product() { # name, the plugins this installation takes in turn
WORK="$WORK/$1"; shift
local mine="$*"
LOG="$WORK/lifecycle.log"
P="$WORK/install/ducha"
export DUCHA_DATA="$WORK/data"
# the p2 tools on a desktop without a data folder: they must not create one, nor a database
check "ducha-p2 lists every domain plugin as an installed root" sh -c \
  "'$P/ducha-p2' -listInstalledRoots >'$WORK/roots.txt' && for d in $DOMAINS; do grep -q \"^ducha.\$d.feature.feature.group/\" '$WORK/roots.txt' || exit 1; done"
check "ducha-p2 starts neither the database nor a Ducha bundle (no data folder created)" test ! -e "$DUCHA_DATA"

check "ducha-cli demo seeds the demo court" "$P/ducha-cli" demo
export DUCHA_USER=admin DUCHA_PASSWORD=ducha123
BUNDLES_INFO="$P/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
section() { grep "^$1," "$2" >"$3"; } # domain, report, section file
only_others_report() { # domain, report: no section of the domain, every other plugin's section
  local other
  grep -q "^$1," "$2" && return 1
  for other in $DOMAINS; do [ "$other" = "$1" ] || grep -q "^$other," "$2" || return 1; done
}
not_offered() { ran "$2" "$3" && ! grep -qE "^  $1 " "$2/$3.out"; } # domain, batch folder, number of --help
bundles_gone() {
  local jars; jars=$(ls "$P/plugins")
  ! grep -qE "^ducha\.$1\.(core|ui)," "$BUNDLES_INFO" && ! grep -qE "^ducha\.$1\.(core|ui)_" <<<"$jars"
}
not_in_modules() { ran "$2" "$3" && ! grep -q "ducha\.$1\." "$2/$3.out"; } # domain, batch folder, number of modules
report_of() { if ran "$1" "$2"; then cat "$1/$2.out"; fi; } # batch folder, number of the report: the CSV

# Each domain takes four starts, each observing the state the previous one left and ending with the next change:
#   ... report, disable | help, report, enable | report, uninstall | modules, report, install | report, (next) disable
# the first start reports the state before anything changed
first=$(set -- $mine; echo "$1")
batch "$WORK/start" "$P" "$REPORT" "plugins disable $first"
report_of "$WORK/start" 1 >"$WORK/report-before.csv"
previous="$WORK/start"
for domain in $mine; do
  section "$domain" "$WORK/report-before.csv" "$WORK/$domain-before.csv"
  check "$domain: report section present at first" test -s "$WORK/$domain-before.csv"

  check "$domain: ducha-cli plugins disable" ran "$previous" 2
  off="$WORK/$domain-off"
  batch "$off" "$P" "--help" "$REPORT" "plugins enable $domain"
  check "$domain switched off: its command is no longer offered" not_offered "$domain" "$off" 1
  report_of "$off" 2 >"$WORK/$domain-off.csv"
  check "$domain switched off: no report section, the others stay" only_others_report "$domain" "$WORK/$domain-off.csv"
  check "$domain switched off: still installed" grep -qE "^ducha\.$domain\.core," "$BUNDLES_INFO"
  check "$domain: ducha-cli plugins enable" ran "$off" 3

  on="$WORK/$domain-on"
  batch "$on" "$P" "$REPORT" "plugins uninstall $domain"
  report_of "$on" 1 >"$WORK/$domain-on.csv"
  section "$domain" "$WORK/$domain-on.csv" "$WORK/$domain-on-section.csv"
  check "$domain switched on: its report section is back, unchanged" cmp -s "$WORK/$domain-before.csv" "$WORK/$domain-on-section.csv"
  check "$domain: ducha-cli plugins uninstall" ran "$on" 2

  check "$domain: its bundles left bundles.info and plugins/" bundles_gone "$domain"
  removed="$WORK/$domain-removed"
  batch "$removed" "$P" "modules" "$REPORT" "plugins install $domain --repository 'file:$REPOSITORY'"
  check "$domain: ducha-cli modules no longer lists it" not_in_modules "$domain" "$removed" 1
  report_of "$removed" 2 >"$WORK/$domain-removed.csv"
  check "$domain removed: no report section, the others stay" only_others_report "$domain" "$WORK/$domain-removed.csv"
  check "$domain: ducha-cli plugins install from the p2 repository" ran "$removed" 3

  check "$domain: its bundles are back in bundles.info" grep -qE "^ducha\.$domain\.core," "$BUNDLES_INFO"
  after="$WORK/$domain-after"
  next=$(echo $mine | tr ' ' '\n' | grep -A1 -x "$domain" | sed -n 2p)
  if [ -n "$next" ]; then batch "$after" "$P" "$REPORT" "plugins disable $next"; else batch "$after" "$P" "$REPORT"; fi
  report_of "$after" 1 >"$WORK/$domain-after.csv"
  section "$domain" "$WORK/$domain-after.csv" "$WORK/$domain-after-section.csv"
  check "$domain reinstalled: its data survived (report section equal to the first)" \
    cmp -s "$WORK/$domain-before.csv" "$WORK/$domain-after-section.csv"
  previous=$after
done
check "ducha-p2 lists every domain plugin as an installed root again" sh -c \
  "'$P/ducha-p2' -listInstalledRoots >'$WORK/roots-after.txt' && for d in $DOMAINS; do grep -q \"^ducha.\$d.feature.feature.group/\" '$WORK/roots-after.txt' || exit 1; done"
}

# the three installations share nothing (folders, data, databases): they run side by side. The plugins are dealt
# out in turn (first, third, ... to the first installation), which evens out the heavier ones at the front.
half1=$(echo $DOMAINS | tr ' ' '\n' | awk 'NR % 2 == 1' | tr '\n' ' ')
half2=$(echo $DOMAINS | tr ' ' '\n' | awk 'NR % 2 == 0' | tr '\n' ' ')
for half in full-1 full-2; do
  mkdir -p "$WORK/$half/install" && tar xzf "$ARCHIVE" -C "$WORK/$half/install"
done
base_product >"$WORK/base.out" 2>&1 &
base=$!
full_product full-1 $half1 >"$WORK/full-1.out" 2>&1 &
full1=$!
outs=("$WORK/base.out" "$WORK/full-1.out")
if [ -n "$half2" ]; then
  (full_product full-2 $half2) >"$WORK/full-2.out" 2>&1
  outs+=("$WORK/full-2.out")
fi
wait "$base" "$full1"
cat "${outs[@]}"
passed=$(grep -c '^ok ' "${outs[@]}" | awk -F: '{s += $2} END {print s}')
failed=$(grep -c '^FAIL ' "${outs[@]}" | awk -F: '{s += $2} END {print s}')
echo "plugins lifecycle: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
