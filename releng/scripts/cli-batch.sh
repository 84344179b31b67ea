# Sourced by the product checks that run several ducha-cli commands against one state of an installation: they
# give them to one start ('ducha-cli run', the batch mode) instead of one start each, and check each command's
# outcome and output on its own. Needs LOG (where the batch's standard error goes).
# batch DIR INSTALL COMMAND...: the commands (one per argument) in one start of INSTALL's ducha-cli with
# 'run --echo'; command N's output lands in DIR/N.out, and DIR/ok-N exists when command N succeeded (the batch stops
# at the first failure, so command N succeeded when command N+1 was echoed, or the last one when the batch did).
batch() {
  local dir=$1 install=$2 n; shift 2
  rm -rf "$dir" && mkdir -p "$dir"
  printf '%s\n' "$@" >"$dir/commands.txt"
  "$install/ducha-cli" run --echo "$dir/commands.txt" >"$dir/all.out" 2>>"$LOG"
  local status=$?
  awk -v dir="$dir" '/^> / {n++; file = dir "/" n ".out"; printf "" > file; next} n {print > file}' "$dir/all.out"
  for n in $(seq "$#"); do
    if [ -e "$dir/$((n + 1)).out" ] || { [ "$n" -eq "$#" ] && [ "$status" -eq 0 ]; }; then touch "$dir/ok-$n"; fi
  done
}
ran() { test -e "$1/ok-$2"; } # batch folder, command number: the command ran and succeeded
