#!/usr/bin/env bash
# What a ducha-cli command costs from start to exit (issue 16), for one or more unpacked products side by side:
#   releng/scripts/bench-cli.sh [-n RUNS] INSTALL_DIR...
# e.g. an older build's and this build's 'ducha' folders. Each installation gets a data folder of its own with the
# demo court (seeded by its own ducha-cli), then every command runs RUNS times (default 5), the installations
# taking turns, so that both see the same load of a shared machine. Prints the median wall and CPU (user + system)
# time of each command per installation. Uses the product's own start scripts and JVM settings; DUCHA_VMARGS is
# passed on (the product checks add -XX:+UseSerialGC, see quick-jvm.sh). The last row, 'batch', runs --help, modules
# and the report in one start ('ducha-cli run'); an installation without it shows 0.
set -uo pipefail
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -ge 1 ] || { echo "usage: bench-cli.sh [-n RUNS] INSTALL_DIR..." >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export DUCHA_USER=admin DUCHA_PASSWORD=ducha123
year=$(date +%Y)

installs=()
for dir in "$@"; do installs+=("$(cd "$dir" && pwd)"); done
data() { echo "$WORK/data-$1"; }

for i in "${!installs[@]}"; do
  DUCHA_DATA=$(data "$i") "${installs[$i]}/ducha-cli" demo >"$WORK/demo-$i.log" 2>&1 \
    || { echo "ducha-cli demo failed in ${installs[$i]} (see below)" >&2; cat "$WORK/demo-$i.log" >&2; exit 1; }
done

timed() { # install index, label, arguments...: one run, its wall and CPU seconds appended to the label's file
  local i=$1 label=$2; shift 2
  DUCHA_DATA=$(data "$i") /usr/bin/time -f "%e %U %S" -o "$WORK/time" "${installs[$i]}/ducha-cli" "$@" \
    >"$WORK/out" 2>&1 || { echo "failed: ducha-cli $* in ${installs[$i]}" >&2; tail -5 "$WORK/out" >&2; }
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$WORK/time" >>"$WORK/$label-$i"
}
has_run() { # install index: whether its ducha-cli has the batch mode (the listing is read whole: see pipefail)
  local entries; entries=$(unzip -Z1 "$(ls "${installs[$1]}"/plugins/ducha.cli_*.jar | tail -1)" 2>/dev/null) \
    && grep -q '^ducha/cli/run/' <<<"$entries"
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

bench() { # label, arguments...
  local label=$1 run i; shift
  for run in $(seq "$runs"); do
    for i in "${!installs[@]}"; do
      if [ "$label" = "batch" ] && ! has_run "$i"; then # an older build without 'ducha-cli run'
        echo "0 0" >>"$WORK/$label-$i"
      elif [ "$label" = "plugins-disable" ]; then # disable and enable in turn, so that each succeeds; disable timed
        timed "$i" "$label" plugins disable study
        DUCHA_DATA=$(data "$i") "${installs[$i]}/ducha-cli" plugins enable study >/dev/null 2>&1
      else
        timed "$i" "$label" "$@"
      fi
    done
  done
  for i in "${!installs[@]}"; do
    printf "%-18s %-40s wall %6s s  cpu %6s s\n" "$label" "${installs[$i]}" \
      "$(cut -d' ' -f1 "$WORK/$label-$i" | median)" "$(cut -d' ' -f2 "$WORK/$label-$i" | median)"
  done
}

echo "ducha-cli, median of $runs runs (wall and CPU seconds), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
bench version --version
bench help --help
bench modules modules
bench plugins-list plugins list
bench plugins-disable
bench report report --from "$year-01-01" --to "$year-12-31" --format csv
bench users-list users list
# help, modules and the report in one start ('ducha-cli run', issue 16): against the three rows above
printf '%s\n' --help modules "report --from $year-01-01 --to $year-12-31 --format csv" >"$WORK/batch.txt"
bench batch run "$WORK/batch.txt"
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
