#!/usr/bin/env bash
# The product's central promise, checked as IT would do it: every domain plugin of the full product archive is
# uninstalled with the p2 director inside the product (ducha-p2), its bundles leave the installation, its
# commands and report section disappear while the other plugins stay, and reinstalling it from the p2 repository
# brings it back with its data. The p2 tools must not start the database or any Ducha bundle.
# First the base product (platform only) gets every domain plugin installed from the repository.
# Runs after the build (needs the product archive and the repository); no display needed.
# Prints "N passed, N failed" and fails when a check fails.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PRODUCTS=$ROOT/releng/ducha.repository/target/products
ARCHIVE=${DUCHA_ARCHIVE:-$PRODUCTS/ducha-linux.gtk.x86_64.tar.gz}
BASE_ARCHIVE=${DUCHA_BASE_ARCHIVE:-$PRODUCTS/ducha-base-linux.gtk.x86_64.tar.gz}
REPOSITORY=$ROOT/releng/ducha.repository/target/repository
DOMAINS=${DUCHA_DOMAINS:-cases petitions integrity}
WORK="$ROOT/target/plugins-lifecycle"
rm -rf "$WORK" && mkdir -p "$WORK/install" "$WORK/base"
LOG="$WORK/lifecycle.log"
export DUCHA_DATA="$WORK/data"
passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >>"$LOG" 2>&1; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name (see $LOG)"; fi
}

tar xzf "$ARCHIVE" -C "$WORK/install"
tar xzf "$BASE_ARCHIVE" -C "$WORK/base"
P="$WORK/install/ducha"
B="$WORK/base/ducha"
year=$(date +%Y)

report() { # this year's annual report of the full product, in CSV, into file $1
  "$P/ducha-cli" report --from "$year-01-01" --to "$year-12-31" --format csv >"$1" 2>>"$LOG"
}

# ---- the base product: platform only, every plugin installed by IT from the repository
settings() { # an installation's start scripts, framework configuration and launcher arguments
  (cd "$1" && ls ducha*); grep -v '^#' "$1/configuration/config.ini" | sort; cat "$1/eclipse.ini"
}
same_settings() { diff <(settings "$B") <(settings "$P"); }
check "base product: same start scripts, configuration and launcher arguments as the full product" same_settings
check "base product: no domain plugin installed" sh -c "! ls '$B/plugins' | grep -qE '^ducha\.($(echo $DOMAINS | tr ' ' '|'))\.'"
ius=$(for d in $DOMAINS; do printf 'ducha.%s.feature.feature.group,' "$d"; done)
check "base product: ducha-p2 installs every domain plugin from the repository" \
  env DUCHA_DATA="$WORK/base-data" "$B/ducha-p2" -repository "file:$REPOSITORY" -installIU "${ius%,}"
check "base product: ducha-cli demo seeds every installed plugin" env DUCHA_DATA="$WORK/base-data" "$B/ducha-cli" demo
DUCHA_DATA="$WORK/base-data" DUCHA_USER=admin DUCHA_PASSWORD=ducha123 \
  "$B/ducha-cli" report --from "$year-01-01" --to "$year-12-31" --format csv >"$WORK/base-report.csv" 2>>"$LOG"
env DUCHA_DATA="$WORK/base-data" "$B/ducha-cli" --help >"$WORK/base-help.txt" 2>>"$LOG"
for domain in $DOMAINS; do
  check "base product + $domain: its command is offered" grep -qE "^  $domain " "$WORK/base-help.txt"
  check "base product + $domain: its report section appears" grep -q "^$domain," "$WORK/base-report.csv"
done

# ---- the full product: every plugin removed and reinstalled in turn
# the p2 tools on a desktop without a data folder: they must not create one, nor a database
check "ducha-p2 lists every domain plugin as an installed root" sh -c \
  "'$P/ducha-p2' -listInstalledRoots >'$WORK/roots.txt' && for d in $DOMAINS; do grep -q \"^ducha.\$d.feature.feature.group/\" '$WORK/roots.txt' || exit 1; done"
check "ducha-p2 starts neither the database nor a Ducha bundle (no data folder created)" test ! -e "$DUCHA_DATA"

check "ducha-cli demo seeds the demo court" "$P/ducha-cli" demo
export DUCHA_USER=admin DUCHA_PASSWORD=ducha123

report "$WORK/report-before.csv"
for domain in $DOMAINS; do
  iu="ducha.$domain.feature.feature.group"
  grep "^$domain," "$WORK/report-before.csv" >"$WORK/$domain-before.csv"
  check "$domain: report section present before removal" test -s "$WORK/$domain-before.csv"

  check "$domain: ducha-p2 -uninstallIU" "$P/ducha-p2" -uninstallIU "$iu"
  check "$domain: ducha-p2 -gc" "$P/ducha-p2" -gc
  check "$domain: no longer an installed root" sh -c "! '$P/ducha-p2' -listInstalledRoots | grep -q '^$iu/'"
  check "$domain: its bundles left bundles.info and plugins/" sh -c \
    "! grep -qE '^ducha\\.$domain\\.(core|ui),' '$P/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info' && ! ls '$P/plugins' | grep -qE '^ducha\\.$domain\\.(core|ui)_'"
  check "$domain: ducha-cli modules no longer lists it" sh -c "! '$P/ducha-cli' modules | grep -q 'ducha\\.$domain\\.'"
  check "$domain: ducha-cli no longer offers its command" sh -c "! '$P/ducha-cli' --help | grep -qE '^  $domain '"
  report "$WORK/$domain-removed.csv"
  check "$domain: the annual report has no $domain section" sh -c "! grep -q '^$domain,' '$WORK/$domain-removed.csv'"
  for other in $DOMAINS; do
    [ "$other" = "$domain" ] && continue
    check "$domain removed: $other still reports" grep -q "^$other," "$WORK/$domain-removed.csv"
  done

  check "$domain: reinstall from the p2 repository" "$P/ducha-p2" -repository "file:$REPOSITORY" -installIU "$iu"
  check "$domain: its bundles are back in bundles.info" grep -qE "^ducha\\.$domain\\.core," \
    "$P/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  report "$WORK/$domain-after.csv.all"
  grep "^$domain," "$WORK/$domain-after.csv.all" >"$WORK/$domain-after.csv"
  check "$domain: its data survived (report section equal to before removal)" cmp -s "$WORK/$domain-before.csv" "$WORK/$domain-after.csv"
done

echo "plugins lifecycle: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
