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
    for s in $scripts logging.properties ducha-cli.exclude eclipse.ini; do grep -qx "ducha/$s" "$WORK/$name.entries" || missing="$missing $s"; done
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

# ducha-cli runs a framework of its own with the installation's bundles less those ducha-cli.exclude names (the UI,
# p2): every requirement of the bundles it keeps must still be met among them, or the command line would not start
cli_bundles_resolve() { # archive
  local dir="$WORK/cli-bundles"
  rm -rf "$dir" && mkdir -p "$dir" && tar xzf "$1" -C "$dir" ducha/plugins ducha/configuration ducha/ducha-cli.exclude \
    || return 1
  python3 - "$dir/ducha" <<'PY'
import os, re, sys, zipfile
home = sys.argv[1]
exclude = [re.compile(line.rstrip("\n")) for line in open(os.path.join(home, "ducha-cli.exclude")) if line.strip()]
lines = [l.rstrip("\n") for l in open(os.path.join(home, "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))
         if not l.startswith("#")]
def headers(location):
    path = os.path.join(home, location)
    if os.path.isdir(path):
        text = open(os.path.join(path, "META-INF/MANIFEST.MF"), encoding="utf-8").read()
    else:
        with zipfile.ZipFile(path) as jar:
            text = jar.read("META-INF/MANIFEST.MF").decode("utf-8")
    result, key = {}, None
    for line in text.replace("\r", "").split("\n"):
        if line.startswith(" ") and key:
            result[key] += line[1:]
        elif ":" in line:
            key, value = line.split(":", 1)
            result[key] = value.strip()
    return result
def clauses(value): # split at commas outside quotes
    parts, current, quoted = [], "", False
    for ch in value or "":
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            parts.append(current.strip()); current = ""
        else:
            current += ch
    return [p for p in parts + [current.strip()] if p]
def names(clause): # the packages or the bundle a clause names (before its first attribute or directive)
    return [n.strip() for n in clause.split(";") if n.strip() and "=" not in n]
def optional(clause):
    return "resolution:=optional" in clause.replace(" ", "") or "resolution:=dynamic" in clause.replace(" ", "")
bundles = {line.split(",")[0]: headers(line.split(",")[2]) for line in lines}
kept = {b for b in bundles if not any(e.match(line) for e in exclude for line in lines if line.startswith(b + ","))}
def exported(among):
    return {n for b in among for c in clauses(bundles[b].get("Export-Package")) for n in names(c)}
everywhere, inside = exported(bundles), exported(kept)
problems = []
for b in sorted(kept):
    h = bundles[b]
    for c in clauses(h.get("Import-Package")):
        # a package no bundle exports comes from the JDK (the system bundle)
        problems += [f"{b} imports {n}" for n in names(c) if not optional(c) and n in everywhere and n not in inside]
    for c in clauses(h.get("Require-Bundle")) + clauses(h.get("Fragment-Host")):
        problems += [f"{b} requires {n}" for n in names(c)[:1]
                     if not optional(c) and n in bundles and n not in kept]
print(f"{len(kept)} of {len(bundles)} bundles kept")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
}
for product in ducha ducha-base; do
  check "$product-linux.gtk.x86_64: ducha-cli's bundles (without ducha-cli.exclude's) resolve among themselves" \
    cli_bundles_resolve "$PRODUCTS/$product-linux.gtk.x86_64.tar.gz"
done

echo "product archives: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
