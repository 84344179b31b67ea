#!/usr/bin/env bash
# A plugin upgrade as IT does it: a newer build of one plugin (here: the integrity plugin of this build, its version
# raised to 1.0.1 and given one more migration) is published into a p2 repository of its own with the product's
# publisher (ducha-p2 -publish) and installed over the older version with `ducha-cli plugins install`. The newer
# bundles replace the older ones, the new migration runs on the plugin's next start, its records stay; a second
# desktop that still has the older version then refuses the database, naming the plugin and both schema versions.
# The commands that observe one state run as one batch ('ducha-cli run', one start; see cli-batch.sh): the report
# before the upgrade with the install itself (a p2 change, so the batch's last command), the schema and the report
# after it in the next start.
# Runs after the build (needs the full product archive and the repository); no display needed.
# Prints "N passed, N failed" and fails when a check fails.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/quick-jvm.sh"
. "$HERE/cli-batch.sh"
ROOT=$(cd "$HERE/../.." && pwd)
ARCHIVE=${DUCHA_ARCHIVE:-$ROOT/releng/ducha.repository/target/products/ducha-linux.gtk.x86_64.tar.gz}
REPOSITORY=$ROOT/releng/ducha.repository/target/repository
PLUGIN=integrity
PROBE_VERSION=900
WORK="$ROOT/target/plugin-upgrade"
rm -rf "$WORK" && mkdir -p "$WORK/upgraded" "$WORK/older" "$WORK/newer/plugins" "$WORK/newer/features"
LOG="$WORK/upgrade.log"
passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >>"$LOG" 2>&1; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name (see $LOG)"; fi
}

tar xzf "$ARCHIVE" -C "$WORK/upgraded"
tar xzf "$ARCHIVE" -C "$WORK/older"
P="$WORK/upgraded/ducha"   # the desktop IT upgrades
O="$WORK/older/ducha"      # another desktop of the same database, not upgraded yet
export DUCHA_DATA="$WORK/data"
year=$(date +%Y)
REPORT="report --from $year-01-01 --to $year-12-31 --format csv"
section() { if ran "$1" "$2"; then grep "^$PLUGIN," "$1/$2.out"; fi; } # batch folder, number of the report

check "ducha-cli demo seeds the demo court" "$P/ducha-cli" demo
export DUCHA_USER=admin DUCHA_PASSWORD=ducha123

# the newer build: the repository's bundles and feature of the plugin with version 1.0.1 and one more migration
python3 - "$REPOSITORY" "$WORK/newer" "$PLUGIN" "$PROBE_VERSION" <<'PY' >>"$LOG" 2>&1
import glob, os, re, sys, zipfile
repository, target, plugin, probe = sys.argv[1:]
def bump(version):
    return re.sub(r'^1\.0\.0', '1.0.1', version)
def rewrite(source, destination, change):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(destination, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, change(item.filename, zin.read(item.filename)))
        extra = change(None, None)
        if extra:
            zout.writestr(*extra)
for jar in glob.glob(f'{repository}/plugins/ducha.{plugin}.*_1.0.0.*.jar'):
    name = os.path.basename(jar)
    bundle, version = name[:-4].split('_', 1)
    def change(path, data, bundle=bundle):
        if path == 'META-INF/MANIFEST.MF':
            return re.sub(rb'Bundle-Version: 1\.0\.0', b'Bundle-Version: 1.0.1', data)
        if path is None and bundle.endswith('.core'):
            return (f'db/{plugin}/V{probe}__upgrade_probe.sql',
                    f'-- added by the upgrade test: the newer build\'s migration\ncreate table {plugin}_upgrade_probe (id integer not null);\n')
        return data
    rewrite(jar, f'{target}/plugins/{bundle}_{bump(version)}.jar', change)
    print('newer bundle', bundle, bump(version))
for jar in glob.glob(f'{repository}/features/ducha.{plugin}.feature_1.0.0.*.jar'):
    name = os.path.basename(jar)
    feature, version = name[:-4].split('_', 1)
    def change(path, data):
        if path == 'feature.xml':
            text = data.decode('utf-8')
            text = re.sub(r'(<feature[^>]*?\bversion=")1\.0\.0', r'\g<1>1.0.1', text, count=1, flags=re.S)
            text = re.sub(r'(<plugin[^>]*?id="ducha\.' + plugin + r'\.[a-z]+"[^>]*?version=")1\.0\.0', r'\g<1>1.0.1', text, flags=re.S)
            return text.encode('utf-8')
        return None if path is None else data
    rewrite(jar, f'{target}/features/{feature}_{bump(version)}.jar', change)
    print('newer feature', feature, bump(version))
PY
check "the newer build holds the plugin's bundles and feature at 1.0.1" sh -c \
  "ls '$WORK/newer/plugins' | grep -q '^ducha\\.$PLUGIN\\.core_1\\.0\\.1' && ls '$WORK/newer/features' | grep -q '^ducha\\.$PLUGIN\\.feature_1\\.0\\.1'"
check "ducha-p2 -publish makes a p2 repository of the newer build" "$P/ducha-p2" -publish "$WORK/newer" "$WORK/newer-repository"

# one start: the report before the upgrade, then the upgrade
batch "$WORK/upgrade" "$P" "$REPORT" "plugins install $PLUGIN --repository 'file:$WORK/newer-repository'"
section "$WORK/upgrade" 1 >"$WORK/before.csv"
check "$PLUGIN: report section before the upgrade" test -s "$WORK/before.csv"
check "ducha-cli plugins install $PLUGIN from the newer repository" ran "$WORK/upgrade" 2
BUNDLES_INFO="$P/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
check "$PLUGIN: only the newer bundles are installed" sh -c \
  "grep -q '^ducha\\.$PLUGIN\\.core,1\\.0\\.1' '$BUNDLES_INFO' && ! grep -q '^ducha\\.$PLUGIN\\.core,1\\.0\\.0' '$BUNDLES_INFO'"
# the next start: the schema and the report after the upgrade
batch "$WORK/upgraded-state" "$P" "db info" "$REPORT"
check "$PLUGIN: the newer build's migration ran (schema at V$PROBE_VERSION)" sh -c \
  "test -e '$WORK/upgraded-state/ok-1' && grep -qE 'ducha\\.$PLUGIN\\.core +$PROBE_VERSION\$' '$WORK/upgraded-state/1.out'"
section "$WORK/upgraded-state" 2 >"$WORK/after.csv"
check "$PLUGIN: its records survived the upgrade (report section unchanged)" cmp -s "$WORK/before.csv" "$WORK/after.csv"

"$O/ducha-cli" report --from "$year-01-01" --to "$year-12-31" --format csv >"$WORK/older.out" 2>"$WORK/older.err"
code=$?
cat "$WORK/older.err" >>"$LOG"
check "a desktop with the older version refuses the upgraded database (exit 7: schema newer)" test "$code" -eq 7
check "its message names the plugin and both schema versions" sh -c \
  "grep -q 'ducha\\.$PLUGIN\\.core' '$WORK/older.err' && grep -q '$PROBE_VERSION' '$WORK/older.err'"

echo "plugin upgrade: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
