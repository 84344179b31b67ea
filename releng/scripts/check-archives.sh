#!/usr/bin/env bash
# Checks every product archive the build made (full and base product, for linux/gtk/x86_64, linux/gtk/aarch64 and
# win32/win32/x86_64) without running it: each holds its platform's start scripts and exactly its platform's SWT
# fragment, no test setting (a ducha.test. property) in its start scripts or configuration, every bundle its
# bundles.info names is in the archive, and the archives of one product list the same
# bundles apart from the SWT fragment. Only the linux/gtk/x86_64 archives can be started on the build machine
# (smoke-product.sh, plugins-lifecycle.sh); this is what can be known of the others here.
# Prints "N passed, N failed" and fails when a check fails.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PRODUCTS=$ROOT/releng/ducha.repository/target/products
WORK=$ROOT/target/check-archives
rm -rf "$WORK" && mkdir -p "$WORK"
passed=0; failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { # name, command...
  local name=$1; shift
  if "$@" >>"$WORK/check.log" 2>&1; then ok "$name"; else fail "$name (see $WORK/check.log)"; fi
}

PLATFORMS="linux.gtk.x86_64 linux.gtk.aarch64 win32.win32.x86_64"
BUNDLES_INFO=ducha/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info

list_archive() { # archive: its entries, one a line
  case "$1" in *.zip) unzip -Z1 "$1" ;; *) tar tzf "$1" ;; esac
}
extract() { # archive, entry: the entry's content
  case "$1" in *.zip) unzip -p "$1" "$2" ;; *) tar xzOf "$1" "$2" ;; esac
}

for product in ducha ducha-base; do
  for platform in $PLATFORMS; do
    case $platform in win32.*) ext=zip; scripts="ducha.cmd ducha-cli.cmd ducha-p2.cmd ducha-env.cmd" ;;
                      *) ext=tar.gz; scripts="ducha ducha-cli ducha-p2 ducha-env.sh" ;; esac
    archive=$PRODUCTS/$product-$platform.$ext
    name="$product-$platform"
    if [ ! -f "$archive" ]; then fail "$name: archive built"; continue; fi
    ok "$name: archive built ($(du -m "$archive" | cut -f1) MB)"
    list_archive "$archive" | sed 's|/$||' | sort >"$WORK/$name.entries"
    missing=""
    for s in $scripts logging.properties eclipse.ini; do grep -qx "ducha/$s" "$WORK/$name.entries" || missing="$missing $s"; done
    if [ -z "$missing" ]; then ok "$name: start scripts"; else fail "$name: start scripts missing:$missing"; fi

    # the tests' settings (a lowered password work factor, tests/pom.xml) never reach a desktop
    test_settings=$(for f in $scripts eclipse.ini configuration/config.ini; do
      extract "$archive" "ducha/$f" 2>/dev/null | grep -n 'ducha\.test\.' | sed "s|^|$f:|"; done)
    if [ -z "$test_settings" ]; then ok "$name: no test setting in its start scripts and configuration"
    else fail "$name: test settings in the product: $test_settings"; fi

    extract "$archive" "$BUNDLES_INFO" | grep -v '^#' >"$WORK/$name.bundles"
    # the fragment is named ws.os.arch, the archive os.ws.arch
    expected="org.eclipse.swt.$(echo "$platform" | awk -F. '{print $2"."$1"."$3}')"
    swt=$(cut -d, -f1 "$WORK/$name.bundles" | grep -E '^org\.eclipse\.swt\.(gtk|win32|cocoa)\.' | paste -sd' ')
    if [ "$swt" = "$expected" ]; then
      ok "$name: exactly its platform's SWT fragment ($swt)"
    else
      fail "$name: SWT fragments '$swt' for $platform"
    fi
    absent=$(cut -d, -f3 "$WORK/$name.bundles" | sed 's|^|ducha/|' | while read -r path; do
      grep -qx "$path" "$WORK/$name.entries" || echo "$path"; done)
    if [ -z "$absent" ]; then ok "$name: every bundle of bundles.info is in the archive ($(wc -l <"$WORK/$name.bundles"))"
    else fail "$name: bundles.info names what the archive lacks: $absent"; fi
    cut -d, -f1,2 "$WORK/$name.bundles" | grep -vE '^org\.eclipse\.swt\.(gtk|win32|cocoa)\.' >"$WORK/$name.platform-free"
  done
  for platform in $PLATFORMS; do
    [ "$platform" = linux.gtk.x86_64 ] && continue
    check "$product-$platform: same bundles as linux.gtk.x86_64 but SWT" \
      cmp "$WORK/$product-linux.gtk.x86_64.platform-free" "$WORK/$product-$platform.platform-free"
  done
done

echo "product archives: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
