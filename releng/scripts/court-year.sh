#!/usr/bin/env bash
# A court's past year comes in (issue 19): the ledgers of one court-year (tests/court-year/2024, written by
# make-ledgers.py from the source article's figures, with the traps of a real year) are imported through the CLI of
# the built product into an empty database, as a court starting with Ducha would, and every figure of
# `ducha-cli report --from 2024-01-01 --to 2024-12-31` is compared with tests/court-year/expected-2024.csv.
# The first run's administrator creates the office director's account (linked to the director's 工号, as the
# petitions plugin requires); the director imports the domain ledgers, in the order of the files' numbers, in one
# start of ducha-cli ('ducha-cli run').
# A section of the expected figures is checked when its plugin is installed (the report prints its rows); every
# figure of such a section must be there and equal. Prints "N passed, N failed" and fails when a check fails.
# Runs after the build (needs the product archive); no display needed.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/quick-jvm.sh"
. "$HERE/cli-batch.sh"
ROOT=$(cd "$HERE/../.." && pwd)
ARCHIVE=${DUCHA_ARCHIVE:-$ROOT/releng/ducha.repository/target/products/ducha-linux.gtk.x86_64.tar.gz}
YEAR=2024
FIXTURE="$ROOT/tests/court-year/$YEAR"
EXPECTED="$ROOT/tests/court-year/expected-$YEAR.csv"
WORK="$ROOT/target/court-year"
rm -rf "$WORK" && mkdir -p "$WORK/install"
LOG="$WORK/court-year.log"
export DUCHA_DATA="$WORK/data"
unset DUCHA_USER DUCHA_PASSWORD DUCHA_CREDENTIALS
passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >>"$LOG" 2>&1; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name (see $LOG)"; fi
}
tar xzf "$ARCHIVE" -C "$WORK/install"
P="$WORK/install/ducha"
ADMIN_PASSWORD=Court-Year-Admin-1
DIRECTOR_INITIAL=Court-Year-Initial-1 # set by the administrator: the director must change it before any command
DIRECTOR_PASSWORD=Court-Year-Director-1
director_no=$(python3 - "$FIXTURE/10-team-roster.csv" <<'EOF'
import csv, sys
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")):
    if row["角色"] == "政治部（督察室）主任":
        print(row["工号"])
EOF
)

check "set-up of an empty database with the court's administrator" \
  sh -c "echo '$ADMIN_PASSWORD' | '$P/ducha-cli' setup --admin it --password-stdin"
export DUCHA_USER=it DUCHA_PASSWORD=$ADMIN_PASSWORD
platform=()
for f in "$FIXTURE"/0*.csv; do
  kind=$(basename "$f" .csv); kind=${kind#*-}
  platform+=("ledger import $kind '$f'")
done
batch "$WORK/platform" "$P" "${platform[@]}"
for n in $(seq ${#platform[@]}); do
  check "administrator: ${platform[$((n - 1))]##*/}" ran "$WORK/platform" "$n"
done
check "the office director's account, linked to 工号 $director_no" sh -c \
  "echo '$DIRECTOR_INITIAL' | '$P/ducha-cli' users add zhuren --roles OFFICE_DIRECTOR --staff-no $director_no --all-departments --new-password-stdin"
check "the director sets their own password" sh -c \
  "echo '$DIRECTOR_PASSWORD' | DUCHA_USER=zhuren DUCHA_PASSWORD='$DIRECTOR_INITIAL' '$P/ducha-cli' users passwd zhuren --new-password-stdin"

export DUCHA_USER=zhuren DUCHA_PASSWORD=$DIRECTOR_PASSWORD
domains=()
for f in "$FIXTURE"/[1-9]*.csv; do
  kind=$(basename "$f" .csv); kind=${kind#*-}
  domains+=("ledger import $kind '$f'")
done
domains+=("report --from $YEAR-01-01 --to $YEAR-12-31 --format csv")
last=${#domains[@]}
domains+=("ledger export petitions '$WORK/petitions-export.csv'" "ledger export petitions.clearances '$WORK/clearances-export.xlsx'" \
  "audit list --limit 100000")
batch "$WORK/domains" "$P" "${domains[@]}"
for n in $(seq $((last - 1))); do
  check "director: ${domains[$((n - 1))]##*/}" ran "$WORK/domains" "$n"
done
check "director: the report of $YEAR" ran "$WORK/domains" "$last"
check "director: the petitions and clearances exported, the audit log listed" ran "$WORK/domains" "${#domains[@]}"

# the reporters named in the petitions ledger were sealed at import: no name or contact in clear anywhere — not in
# the database's files (tables and transaction log), the exports or the audit log
reporters=$(python3 - "$FIXTURE/60-petitions.csv" <<'EOF'
import csv, sys
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")):
    for cell in (row["举报人姓名"], row["联系方式"]):
        if cell:
            print(cell)
EOF
)
nowhere_in_clear() {
  local secret found=0
  [ -n "$reporters" ] || return 1
  while IFS= read -r secret; do
    if grep -rqaF -- "$secret" "$DUCHA_DATA" "$WORK/domains" "$WORK/petitions-export.csv"; then
      echo "in clear: $secret"; found=1
    fi
    if unzip -p "$WORK/clearances-export.xlsx" | grep -qaF -- "$secret"; then echo "in clear (xlsx): $secret"; found=1; fi
  done <<<"$reporters"
  [ "$found" -eq 0 ]
}
check "no reporter's name or contact in clear in the database, the exports or the audit log" nowhere_in_clear

# every figure of each installed plugin's section, equal to the article's
compare() {
  python3 - "$EXPECTED" "$WORK/domains/$last.out" <<'EOF'
import csv, sys
expected = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
got = {}
for row in csv.reader(open(sys.argv[2], encoding="utf-8-sig")):
    if len(row) >= 3 and row[0] != "section":
        got[row[1]] = (row[0], row[2])
sections = {s for s, _ in got.values()}
bad = 0
for e in expected:
    if e["section"] not in sections:
        print("skip %-40s (plugin %s not installed)" % (e["key"], e["section"]))
        continue
    value = got.get(e["key"], (None, None))[1]
    if value != e["value"]:
        bad += 1
    print("%s %-40s expected %6s, report %s" % ("ok  " if value == e["value"] else "FAIL", e["key"], e["value"], value))
sys.exit(1 if bad or not sections else 0)
EOF
}
compare | tee "$WORK/figures.txt"
check "every figure of $YEAR equals the article's" compare
echo "court year: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
