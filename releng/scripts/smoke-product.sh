#!/usr/bin/env bash
# Checks the product archive as IT would use it: unpack, ducha-cli on an empty data folder (refused without
# log-in, demo, then logged in as the demo administrator: modules, template, a rejected import that changes
# nothing, an import killed half-way that leaves the database usable and unchanged), the first-run set-up of a real court on another empty folder, then the workbench starts and stays up.
# Commands that only read one state share a start ('ducha-cli run', see cli-batch.sh); the workbench's 45 seconds
# run while the PostgreSQL and first-run checks use data folders of their own.
# Needs a display (run-tests.sh provides Xvfb). Prints "N passed, N failed" and fails when a check fails.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/quick-jvm.sh"
. "$HERE/cli-batch.sh"
ROOT=$(cd "$HERE/../.." && pwd)
ARCHIVE="$ROOT/releng/ducha.repository/target/products/ducha-linux.gtk.x86_64.tar.gz"
WORK="$ROOT/target/smoke"
latest_migration() { # folders of a bundle's migrations (SQL or Java): the highest version number among them
  ls "$@" 2>/dev/null | sed -nE 's/^V([0-9]+)__.*/\1/p' | sort -n | tail -1
}
rm -rf "$WORK" && mkdir -p "$WORK/install"
export DUCHA_DATA="$WORK/data"
LOG="$WORK/smoke.log"
passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >>"$WORK/smoke.log" 2>&1; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name (see $WORK/smoke.log)"; fi
}

tar xzf "$ARCHIVE" -C "$WORK/install"
P="$WORK/install/ducha"
check "archive holds the start scripts" test -x "$P/ducha" -a -x "$P/ducha-cli" -a -x "$P/ducha-p2"
# nobody is logged in: every command but --help, --version and set-up is refused with exit 5
unset DUCHA_USER DUCHA_PASSWORD DUCHA_CREDENTIALS
"$P/ducha-cli" modules >>"$WORK/smoke.log" 2>&1
check "ducha-cli without log-in is refused with exit 5" test $? -eq 5
check "ducha-cli --help works without log-in" sh -c "'$P/ducha-cli' --help | grep -q -- --user"
# an empty database holds no account: the demo is its first run and needs no log-in
check "ducha-cli demo seeds the demo court" "$P/ducha-cli" demo
owner_only() { # nothing under the data folder may be read by group or others
  [ "$(stat -c %a "$DUCHA_DATA")" = 700 ] && [ -z "$(find "$DUCHA_DATA" -perm /077 -print -quit)" ]
}
check "the data folder, its database and settings are the user's only (700/600)" owner_only
export DUCHA_USER=admin DUCHA_PASSWORD=ducha123
"$P/ducha-cli" modules >"$WORK/modules.out" 2>"$WORK/modules.err"
code=$?
check "ducha-cli modules lists the platform" sh -c "test $code -eq 0 && grep -q ducha.core '$WORK/modules.out'"
check "ducha-cli warns about the demo accounts" grep -q ducha123 "$WORK/modules.err"
DUCHA_PASSWORD=wrong "$P/ducha-cli" modules >>"$WORK/smoke.log" 2>&1
check "a wrong password is refused with exit 5" test $? -eq 5
DUCHA_USER=staff "$P/ducha-cli" db backup "$WORK/staff-backup" >>"$WORK/smoke.log" 2>&1
check "staff may not back up the database (exit 4)" test $? -eq 4
year=$(date +%Y)
batch "$WORK/reads" "$P" "staff template '$WORK/template.csv'" "staff export '$WORK/before.csv'" \
  "report --from $year-01-01 --to $year-12-31 --format csv"
check "ducha-cli staff template has Chinese headers" sh -c "test -e '$WORK/reads/ok-1' && grep -q 工号 '$WORK/template.csv'"
check "ducha-cli staff export" ran "$WORK/reads" 2
cp "$WORK/reads/3.out" "$WORK/report.csv" 2>/dev/null
check "ducha-cli report gives this year's figures as CSV" sh -c \
  "test -e '$WORK/reads/ok-3' && grep -q '^section,key,value,label' '$WORK/report.csv'"

# one good row and one row naming a department that does not exist
{ head -1 "$WORK/before.csv"; sed -n 2p "$WORK/before.csv"; printf 'X9001,测试人员,不存在的庭,审判员,2020-01-01,在职\n'; } > "$WORK/bad.csv"
"$P/ducha-cli" staff import "$WORK/bad.csv" >"$WORK/bad-import.out" 2>&1
code=$?
cat "$WORK/bad-import.out" >>"$WORK/smoke.log"
check "a bad import exits 1" test "$code" -eq 1
check "a bad import names file:row:column" grep -q "bad.csv:3:部门" "$WORK/bad-import.out"
check "ducha-cli staff export after the rejected import" "$P/ducha-cli" staff export "$WORK/after.csv"
check "the rejected import changed nothing" cmp -s "$WORK/before.csv" "$WORK/after.csv"

# the kill test: a real ducha-cli process killed (kill -9) in the middle of importing 100,000 staff, 3 s after its
# first progress line (已读 1,000 行, awaited up to 60 s: it reads the rest within a second or two, then validates and
# stores them in one transaction, which takes minutes); the database then opens (Derby recovers from its log) and
# holds none of the file
dept=$(sed -n 2p "$WORK/before.csv" | cut -d, -f3)
awk -v d="$dept" 'BEGIN { print "工号,姓名,部门"; for (i = 1; i <= 100000; i++) printf "K%06d,中断导入%d,%s\n", i, i, d }' \
  >"$WORK/kill.csv"
"$P/ducha-cli" staff import "$WORK/kill.csv" >"$WORK/kill.out" 2>&1 &
import_pid=$!
for _ in $(seq 300); do
  grep -q '已读' "$WORK/kill.out" && break
  sleep 0.2
done
sleep 3
kill -0 "$import_pid" 2>/dev/null && running=yes || running=no
kill -9 "$import_pid" 2>/dev/null; wait "$import_pid" 2>/dev/null
cat "$WORK/kill.out" >>"$WORK/smoke.log"
check "ducha-cli staff import of 100,000 rows was killed half-way" \
  sh -c "test $running = yes && grep -q '已读' '$WORK/kill.out' && ! grep -q '已导入' '$WORK/kill.out'"
check "after the kill the database opens and holds none of the file" sh -c \
  "'$P/ducha-cli' staff export '$WORK/after-kill.csv' && cmp -s '$WORK/before.csv' '$WORK/after-kill.csv'"

# the workbench starts on the seeded database (embedded, so no command of this folder may run from here on) and has
# to stay up for 45 seconds; the checks below use data folders of their own meanwhile
# (-Dducha.startTimes: the log-in dialog shows at once and types the hook's account into itself, as in bench-start.sh)
DUCHA_VMARGS="$QUICK_JVM -Dducha.login.user=admin -Dducha.login.password=ducha123 -Dducha.startTimes=$WORK/start-times.txt" \
  "$P/ducha" >"$WORK/workbench.log" 2>&1 &
pid=$!
workbench_started=$(date +%s)
# the README's start: an empty data folder with -Dducha.demo=true (start-workbench.sh); the log-in dialog shows
# before the database, gives way when the database has no account, the demo court is seeded, and the log-in dialog
# shown again logs the hook's account in
DUCHA_DATA="$WORK/demo-start" DUCHA_VMARGS="$QUICK_JVM -Dducha.demo=true -Dducha.login.user=director \
  -Dducha.login.password=ducha123 -Dducha.startTimes=$WORK/demo-start-times.txt" \
  "$P/ducha" >"$WORK/demo-workbench.log" 2>&1 &
demo_pid=$!

# the same product on PostgreSQL, when a local server can be started (CI runs as root with Debian's postgresql)
pg_cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}')
if [ -n "$pg_cluster" ] && [ "$(id -u)" -eq 0 ]; then
  pg_ctlcluster $pg_cluster start 2>/dev/null || true
  su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS ducha_smoke' -c 'DROP ROLE IF EXISTS ducha_smoke' \
    -c \"CREATE ROLE ducha_smoke LOGIN PASSWORD 'smoke'\" -c 'CREATE DATABASE ducha_smoke OWNER ducha_smoke'" \
    >>"$WORK/smoke.log" 2>&1
  mkdir -p "$WORK/pgdata"
  printf 'db.mode=postgresql\ndb.host=localhost\ndb.name=ducha_smoke\ndb.user=ducha_smoke\ndb.password=smoke\n' \
    >"$WORK/pgdata/ducha.properties"
  check "PostgreSQL: ducha-cli demo creates the schema and the demo court" env DUCHA_DATA="$WORK/pgdata" "$P/ducha-cli" demo
  DUCHA_DATA="$WORK/pgdata" "$P/ducha-cli" db info >"$WORK/pg-info.txt" 2>>"$WORK/smoke.log"
  # the versions expected are the newest migrations in the sources, so a new migration needs no edit here
  core_version=$(latest_migration "$ROOT/bundles/ducha.core/db/core" "$ROOT/bundles/ducha.core/src/db/core")
  study_version=$(latest_migration "$ROOT/bundles/ducha.study.core/db/study")
  check "PostgreSQL: db info shows the core schema at V$core_version" \
    grep -qE "ducha.core +$core_version\$" "$WORK/pg-info.txt"
  check "PostgreSQL: db info shows the study plugin's schema at V$study_version" \
    grep -qE "ducha.study.core +$study_version\$" "$WORK/pg-info.txt"
  check "PostgreSQL: the staff export matches the embedded demo court" sh -c \
    "DUCHA_DATA='$WORK/pgdata' '$P/ducha-cli' staff export '$WORK/pg.csv' && cmp -s '$WORK/pg.csv' '$WORK/before.csv'"
  # every installed plugin's report queries run on PostgreSQL and count the same demo records as on Derby
  check "PostgreSQL: the annual report has the same figures as on embedded Derby" sh -c \
    "DUCHA_DATA='$WORK/pgdata' '$P/ducha-cli' report --from $year-01-01 --to $year-12-31 --format csv >'$WORK/pg-report.csv' && cmp -s '$WORK/pg-report.csv' '$WORK/report.csv'"
  # the desktops as a runtime role (docs/install.md): IT migrates and grants as the owner, ducha_smoke; the server
  # refuses the runtime role to delete an audit entry (the database was made anew above: the old role owns nothing)
  su postgres -c "psql -q -c 'DROP ROLE IF EXISTS ducha_smoke_app' -c \"CREATE ROLE ducha_smoke_app LOGIN PASSWORD 'app'\"" \
    >>"$WORK/smoke.log" 2>&1
  mkdir -p "$WORK/pgapp"
  printf 'db.mode=postgresql\ndb.host=localhost\ndb.name=ducha_smoke\ndb.user=ducha_smoke_app\ndb.password=app\n' \
    >"$WORK/pgapp/ducha.properties"
  check "PostgreSQL: db migrate --owner grants the runtime role" sh -c \
    "echo smoke | DUCHA_DATA='$WORK/pgapp' '$P/ducha-cli' db migrate --owner ducha_smoke --owner-password-stdin"
  check "PostgreSQL: the runtime role reads the demo court" sh -c \
    "DUCHA_DATA='$WORK/pgapp' '$P/ducha-cli' staff export '$WORK/pgapp.csv' && cmp -s '$WORK/pgapp.csv' '$WORK/before.csv'"
  check "PostgreSQL: the runtime role cannot delete an audit entry" sh -c \
    "PGPASSWORD=app psql -h localhost -U ducha_smoke_app -d ducha_smoke -c 'DELETE FROM audit_entry' 2>&1 | grep -q 'permission denied'"
else
  echo "skip PostgreSQL checks (no local cluster, or not root)"
fi

# a real court's first run: no demo, setup creates the first administrator once, who then logs in
export FIRST="$WORK/first-run"
check "setup creates the first administrator of an empty database" sh -c \
  "echo 'Erstes-Passwort-1' | env -u DUCHA_USER -u DUCHA_PASSWORD DUCHA_DATA='$FIRST' '$P/ducha-cli' setup --admin chef --password-stdin"
check "the first administrator logs in; no demo accounts" sh -c \
  "DUCHA_DATA='$FIRST' DUCHA_USER=chef DUCHA_PASSWORD=Erstes-Passwort-1 '$P/ducha-cli' users list >'$WORK/first-users.out' 2>&1 && grep -q chef '$WORK/first-users.out' && ! grep -q ducha123 '$WORK/first-users.out'"
echo 'Zweites-Passwort-2' | env -u DUCHA_USER -u DUCHA_PASSWORD DUCHA_DATA="$FIRST" "$P/ducha-cli" setup --admin zweiter --password-stdin >>"$WORK/smoke.log" 2>&1
check "setup refuses once an account exists (exit 1)" test $? -eq 1

# (the workbench was started above) it stays up for 45 seconds
sleep $((45 - ($(date +%s) - workbench_started))) 2>/dev/null
check "the workbench is still running after 45 s" kill -0 "$pid"
check "the workbench showed the log-in dialog, logged in and showed its main window" \
  sh -c "grep -q '^login-dialog ' '$WORK/start-times.txt' && grep -q '^logged-in ' '$WORK/start-times.txt' && grep -q '^window ' '$WORK/start-times.txt'"
check "the workbench log has no errors" sh -c "! grep -nE 'Exception|!ENTRY .* 4 ' '$WORK/workbench.log'"
# seeding the demo court takes longer than the other workbench's start: up to three minutes from its launch
for _ in $(seq 1 135); do
  grep -q '^window ' "$WORK/demo-start-times.txt" 2>/dev/null && break
  kill -0 "$demo_pid" 2>/dev/null || break
  sleep 1
done
check "an empty data folder with -Dducha.demo=true: the workbench seeded the demo court and is still running" sh -c \
  "kill -0 $demo_pid && grep -q 'Demo court seeded' '$WORK/demo-start/workspace/.metadata/.log'"
check "an empty data folder with -Dducha.demo=true: the demo account logged in and the main window showed" \
  sh -c "grep -q '^logged-in ' '$WORK/demo-start-times.txt' && grep -q '^window ' '$WORK/demo-start-times.txt'"
kill "$pid" "$demo_pid" 2>/dev/null; sleep 3; kill -9 "$pid" "$demo_pid" 2>/dev/null

echo "product smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
