#!/usr/bin/env bash
# Every benchmark of issue 16 from a clean build, in one command (docs/performance.md):
#   releng/scripts/bench-all.sh [--sizes 10000,100000,1000000] [--only cases,pg,reports,cli,start] [-n RUNS]
#                               [--no-clean] [--offline] [--out FILE]
# 1. a clean build of the product without the tests (the p2 repository and the product archives);
# 2. for each size (cases in the register, default 10k, 100k and 1M): the Maven profile 'benchmark' with
#    -Dducha.bench.cases=N, that is the case register benchmark (tests/ducha.cases.benchmark: import beside the
#    engine's floor, long-pending list, register pages) and the annual report / home page benchmark
#    (tests/ducha.reports.benchmark), each in a fresh data folder; then ('pg') the register benchmark again on
#    PostgreSQL, in a new database of the local cluster, with COPY as its floor, where a local cluster can be used
#    (Debian's postgresql, run as root, as the tests' test-databases.sh does); otherwise the file says why not;
# 3. once (they use the demo court, not a size): bench-cli.sh -n RUNS on the built Linux product (ducha-cli
#    commands from start to exit) and, where the script is there, bench-start.sh -n RUNS (the workbench's start
#    beside a bare E4 application; under xvfb-run when there is no display) on the same product.
# Every table goes to one Markdown file (default target/bench-all/bench-all.md) as it is made; each step's whole
# output is kept beside it. A step that fails is noted in the file and the others still run; the exit code is
# non-zero when any failed. Times only: nothing here is a test of the product (the benchmarks assert correctness
# and never a time). The 1M sizes take an hour or more on a 2-core machine: --sizes chooses.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/env.sh"
cd "$DUCHA_ROOT"

sizes=10000,100000,1000000
only=cases,pg,reports,cli,start
runs=3
clean=1
offline=()
OUT_DIR="$DUCHA_ROOT/target/bench-all"
out=""
usage() { sed -n '2,4p' "$0" | sed 's/^# *//' >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    -n) runs=$2; shift 2 ;;
    --no-clean) clean=0; shift ;;
    --offline) offline=(-o); shift ;; # Maven offline, once the local repository holds the target platform
    --out) out=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "bench-all: unknown option $1" >&2; usage ;;
  esac
done
wants() { [[ ",$only," == *",$1,"* ]]; }
# 'clean' removes target/, where the tables go: it runs before anything is written there
if [ "$clean" -eq 1 ]; then
  echo "bench-all: mvnw clean"
  "$MVN" -B -q "${offline[@]}" clean || { echo "bench-all: mvnw clean failed" >&2; exit 1; }
fi
mkdir -p "$OUT_DIR"
out=${out:-$OUT_DIR/bench-all.md}
failed=0

say() { echo "$*" | tee -a "$out"; }
step() { # label, log file, command...: runs it, notes a failure in the summary
  local label=$1 log=$2 started=$SECONDS; shift 2
  echo "bench-all: $label (log: $log)"
  if "$@" >"$log" 2>&1; then
    echo "bench-all: $label done in $((SECONDS - started)) s"
  else
    failed=1
    say ""
    say "**$label failed** after $((SECONDS - started)) s: see \`$log\`"
    tail -20 "$log" >&2
    return 1
  fi
}

: >"$out"
say "# Benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
say ""
say "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1e6}' /proc/meminfo) RAM, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1),"
# the commit, and whether the tree measured differs from it (a benchmark edited but not committed)
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')"
git diff --quiet HEAD 2>/dev/null || commit="$commit with uncommitted changes"
sized=""
{ wants cases || wants pg || wants reports; } && sized=", sizes $sizes" # cli and start do not depend on a size
say "commit $commit$sized, load at start $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. the build (the product archive for the command-line and workbench benchmarks; the bundles for the others)
if [ "$clean" -eq 1 ]; then
  step "build of the product from clean" "$OUT_DIR/build.log" "$MVN" -B "${offline[@]}" verify -DskipTests || exit 1
fi

# every feature but the p2 one: the benchmarks' Maven runs build the bundles they start
features=$(ls -d features/* | grep -v p2 | tr '\n' ',' | sed 's/,$//')
append_tables() { # a benchmark module: its tables of the run just made, into the summary
  local table
  for table in "$1"/target/bench/*.md; do
    [ -f "$table" ] || continue
    say ""
    cat "$table" | tee -a "$out"
  done
}

# the register benchmark on PostgreSQL at one size: a new database ducha_bench_all of the local cluster (dropped and
# made again, so each size starts empty; the role ducha_bench of docs/benchmarks.md is kept or made), a data folder naming it; COPY is the benchmark's floor there
bench_postgresql() {
  local n=$1 version cluster port data
  say ""
  say "## $n cases on PostgreSQL"
  read -r version cluster port < <(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1, $2, $3}') || true
  if [ -z "${cluster:-}" ] || [ "$(id -u)" -ne 0 ]; then
    say ""
    say "(not measured: no local PostgreSQL cluster that this user can start and make a database in; run as root"
    say "on a machine with Debian's postgresql, or see docs/benchmarks.md for a server of your own)"
    return 0
  fi
  pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true
  if ! PGOPTIONS="-c client_min_messages=warning" su postgres -c "$(printf '%q ' psql -q -p "$port" \
      -v ON_ERROR_STOP=1 -c 'DROP DATABASE IF EXISTS ducha_bench_all WITH (FORCE)' \
      -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ducha_bench') THEN CREATE ROLE ducha_bench; END IF; END \$\$" \
      -c "ALTER ROLE ducha_bench LOGIN PASSWORD 'ducha_bench'" -c 'CREATE DATABASE ducha_bench_all OWNER ducha_bench')" \
      >"$OUT_DIR/postgresql-$n.log" 2>&1; then
    failed=1
    say ""
    say "**the PostgreSQL database could not be made**: see \`$OUT_DIR/postgresql-$n.log\`"
    return 0
  fi
  say ""
  say "PostgreSQL $(su postgres -c "psql -Atq -p $port -c 'SHOW server_version'" 2>/dev/null), cluster $version/$cluster on this machine, load at start $(cut -d' ' -f1-3 /proc/loadavg)"
  data="$OUT_DIR/postgresql-data-$n"
  rm -rf "$data" && mkdir -p "$data"
  printf 'db.mode=postgresql\ndb.host=localhost\ndb.port=%s\ndb.name=ducha_bench_all\ndb.user=ducha_bench\ndb.password=ducha_bench\n' \
    "$port" >"$data/ducha.properties"
  rm -rf tests/ducha.cases.benchmark/target/bench
  if step "register benchmark on PostgreSQL at $n cases" "$OUT_DIR/benchmark-$n-postgresql.log" "$MVN" -B \
      "${offline[@]}" -Pbenchmark verify -pl "tests/ducha.cases.benchmark,$features" -am -Dducha.bench.cases="$n" \
      -Dducha.bench.data="$data"; then :; fi
  append_tables tests/ducha.cases.benchmark
}

# 2. the sized benchmarks: both modules in one Maven run per size, each with a fresh data folder; -fae: one
#    benchmark that fails (an assertion) does not keep the other from running
modules=()
wants cases && modules+=(tests/ducha.cases.benchmark)
wants reports && modules+=(tests/ducha.reports.benchmark)
if [ ${#modules[@]} -gt 0 ]; then
  pl=$(IFS=,; echo "${modules[*]}")
  for n in ${sizes//,/ }; do
    for m in "${modules[@]}"; do rm -rf "$m/target/data" "$m/target/bench"; done
    say ""
    say "## $n cases"
    if step "benchmarks at $n cases" "$OUT_DIR/benchmark-$n.log" "$MVN" -B -fae "${offline[@]}" -Pbenchmark verify \
        -pl "$pl,$features" -am -Dducha.bench.cases="$n"; then :; fi
    for m in "${modules[@]}"; do append_tables "$m"; done
    wants pg && bench_postgresql "$n"
  done
elif wants pg; then
  for n in ${sizes//,/ }; do bench_postgresql "$n"; done
fi

# 3. the command line and the workbench on the built product (the demo court; no size)
if wants cli || wants start; then
  archive=releng/ducha.repository/target/products/ducha-linux.gtk.x86_64.tar.gz
  product="$OUT_DIR/product"
  rm -rf "$product" && mkdir -p "$product"
  if [ ! -f "$archive" ]; then
    say ""
    say "**no product archive** ($archive): build without --no-clean, or build the product first"
    failed=1
  else
    tar xzf "$archive" -C "$product"
    if wants cli; then
      say ""
      say "## ducha-cli from start to exit (bench-cli.sh -n $runs)"
      say ""
      if step "bench-cli.sh" "$OUT_DIR/bench-cli.log" "$HERE/bench-cli.sh" -n "$runs" "$product/ducha"; then
        { echo '```'; cat "$OUT_DIR/bench-cli.log"; echo '```'; } | tee -a "$out"
      fi
    fi
    if wants start; then
      say ""
      say "## The workbench's start (bench-start.sh)"
      say ""
      if [ -x "$HERE/bench-start.sh" ]; then
        display=() # it needs a display: Xvfb when there is none
        [ -n "${DISPLAY:-}" ] || display=(xvfb-run -a -s '-screen 0 1400x900x24')
        if step "bench-start.sh" "$OUT_DIR/bench-start.log" "${display[@]}" "$HERE/bench-start.sh" -n "$runs" \
            "$product/ducha"; then
          { echo '```'; cat "$OUT_DIR/bench-start.log"; echo '```'; } | tee -a "$out"
        fi
      else
        say "(not in this build: releng/scripts/bench-start.sh is missing)"
      fi
    fi
  fi
fi

echo "bench-all: tables in $out"
exit "$failed"
