#!/usr/bin/env bash
# How long the workbench makes its user wait (issue 16), beside a bare E4 application on the same platform:
#   releng/scripts/bench-start.sh [-n RUNS] INSTALL_DIR [OTHER_INSTALL_DIR...]
# INSTALL_DIR is an unpacked product's 'ducha' folder; further ones (e.g. main's product beside a branch's) are
# started in the same turns, each on a data folder of its own, so that a before/after sees the same load. Its data folder gets the demo court (seeded by its own
# ducha-cli), then the workbench starts RUNS times (default 5) with -Dducha.startTimes (it writes when the log-in
# dialog is on screen, when the account logged in and when the main window is on screen) and the log-in test hook
# (-Dducha.login.user: the dialog types the account into itself and presses its button). Each run is killed once
# its window is up.
# The floor is a bare E4 application built here from the same installation's platform bundles (Equinox, E4, SWT,
# JFace, EMF, CSS; none of Ducha's bundles or libraries): one window, one part, started the same way, its first
# window timed from the same moment. Its runs and the workbench's take turns, so both see the same load.
# Prints the medians in milliseconds from launch (the start script's fork) and the workbench's ratio to the floor.
# Needs a display: run under xvfb-run -a when there is none. DUCHA_VMARGS is passed on to both. BENCH_TIMEOUT
# (seconds, default 180) ends a start whose window never comes ("timeout"); BENCH_KEEP=1 keeps the work folder.
set -uo pipefail
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -ge 1 ] || { echo "usage: bench-start.sh [-n RUNS] INSTALL_DIR [OTHER_INSTALL_DIR...]" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "bench-start.sh: no display; run it under xvfb-run -a" >&2; exit 2; }
INSTALL=$(cd "$1" && pwd)
INSTALLS=()
for dir in "$@"; do INSTALLS+=("$(cd "$dir" && pwd)") || exit 2; done
WORK=$(mktemp -d)
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
TIMEOUT=${BENCH_TIMEOUT:-180}
[ -z "${BENCH_KEEP:-}" ] || echo "work folder $WORK (kept)"

# the product's own Java and JVM arguments (eclipse.ini), for the floor too
# (ducha-env.sh finds the installation from $0: sourced in a shell whose $0 is the product's start script)
env_of_product=$(bash -c '. "$(dirname "$0")/ducha-env.sh" || exit 1
  printf "%q " DUCHA_JAVA="$DUCHA_JAVA" DUCHA_LAUNCHER="$DUCHA_LAUNCHER" DUCHA_INI_VMARGS="$DUCHA_INI_VMARGS"' \
  "$INSTALL/ducha") || exit 1
eval "$env_of_product"
JAVAC="$(dirname "$DUCHA_JAVA")/javac"
[ -x "$JAVAC" ] || { echo "bench-start.sh: $DUCHA_JAVA has no javac beside it (a JDK is needed for the floor)" >&2; exit 2; }

# --- the bare E4 application: its platform bundles are the product's, minus Ducha and everything only Ducha uses
BARE=$WORK/bare
mkdir -p "$BARE/plugins" "$BARE/configuration/org.eclipse.equinox.simpleconfigurator" "$BARE/src/bench/e4" \
  "$BARE/bundle/META-INF" "$BARE/bundle/css"
only_ducha='^(ducha\.|bc|derby|org\.apache\.derby|jakarta\.persistence|org\.eclipse\.persistence|org\.apache\.(poi|pdfbox|xmlbeans|logging)|org\.apache\.commons\.(commons-(codec|collections4|compress|csv)|lang3|math3)|com\.zaxxer|com\.github\.virtuald|org\.flywaydb|org\.postgresql|picocli|slf4j|tools\.jackson|com\.fasterxml|org\.eclipse\.(equinox\.p2|ecf|equinox\.frameworkadmin|equinox\.simpleconfigurator\.manipulator|equinox\.concurrent|osgi\.compatibility\.state|nebula|swtchart|collections)|org\.sat4j|org\.tukaani)[^,]*,'
{
  grep '^#' "$INSTALL/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  grep -v '^#' "$INSTALL/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" | grep -Ev "$only_ducha"
  echo "bench.e4,1.0.0,plugins/bench.e4_1.0.0.jar,4,false"
} >"$BARE/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
grep -v '^#' "$BARE/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" | cut -d, -f3 | grep -v bench.e4 |
  while read -r jar; do cp -r "$INSTALL/$jar" "$BARE/plugins/"; done
cp "$DUCHA_LAUNCHER" "$BARE/plugins/"
framework=$(basename "$(ls "$INSTALL"/plugins/org.eclipse.osgi_*.jar)")
simpleconfigurator=$(basename "$(ls "$INSTALL"/plugins/org.eclipse.equinox.simpleconfigurator_*.jar)")
cat >"$BARE/configuration/config.ini" <<EOF
eclipse.application=org.eclipse.e4.ui.workbench.swt.E4Application
eclipse.product=bench.e4.product
org.eclipse.equinox.simpleconfigurator.configUrl=file\:org.eclipse.equinox.simpleconfigurator/bundles.info
osgi.bundles=reference\:file\:$simpleconfigurator@1\:start
osgi.bundles.defaultStartLevel=4
osgi.framework=file\:plugins/$framework
osgi.startLevel=4
EOF
cat >"$BARE/bundle/META-INF/MANIFEST.MF" <<'EOF'
Manifest-Version: 1.0
Bundle-ManifestVersion: 2
Bundle-SymbolicName: bench.e4;singleton:=true
Bundle-Version: 1.0.0
Bundle-RequiredExecutionEnvironment: JavaSE-21
Bundle-ActivationPolicy: lazy
Require-Bundle: org.eclipse.swt,org.eclipse.core.runtime,org.eclipse.e4.ui.workbench
Import-Package: jakarta.annotation;version="[2.1,4)",jakarta.inject;version="[2.0,3)"
EOF
cat >"$BARE/bundle/plugin.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<?eclipse version="3.4"?>
<plugin>
   <extension id="product" point="org.eclipse.core.runtime.products">
      <product name="bench.e4" application="org.eclipse.e4.ui.workbench.swt.E4Application">
         <property name="appName" value="bench.e4"/>
         <property name="applicationXMI" value="bench.e4/Application.e4xmi"/>
         <property name="applicationCSS" value="platform:/plugin/bench.e4/css/default.css"/>
         <property name="clearPersistedState" value="true"/>
      </product>
   </extension>
</plugin>
EOF
echo 'Shell { background-color: #ffffff; }' >"$BARE/bundle/css/default.css"
cat >"$BARE/bundle/Application.e4xmi" <<'EOF'
<?xml version="1.0" encoding="ASCII"?>
<application:Application xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:application="http://www.eclipse.org/ui/2010/UIModel/application" xmlns:basic="http://www.eclipse.org/ui/2010/UIModel/application/ui/basic" xmi:id="_app" elementId="bench.e4.application">
  <children xsi:type="basic:TrimmedWindow" xmi:id="_win" elementId="bench.e4.window" label="bench.e4" width="1000" height="650">
    <children xsi:type="basic:PartStack" xmi:id="_stack" elementId="bench.e4.stack">
      <children xsi:type="basic:Part" xmi:id="_part" elementId="bench.e4.part" contributionURI="bundleclass://bench.e4/bench.e4.Part" label="Part"/>
    </children>
  </children>
  <rootContext xmi:id="_ctxDW" elementId="org.eclipse.ui.contexts.dialogAndWindow" name="In Dialog and Windows">
    <children xmi:id="_ctxW" elementId="org.eclipse.ui.contexts.window" name="In Windows"/>
    <children xmi:id="_ctxD" elementId="org.eclipse.ui.contexts.dialog" name="In Dialogs"/>
  </rootContext>
  <addons xmi:id="_a1" elementId="org.eclipse.e4.core.commands.service" contributionURI="bundleclass://org.eclipse.e4.core.commands/org.eclipse.e4.core.commands.CommandServiceAddon"/>
  <addons xmi:id="_a2" elementId="org.eclipse.e4.ui.contexts.service" contributionURI="bundleclass://org.eclipse.e4.ui.services/org.eclipse.e4.ui.services.ContextServiceAddon"/>
  <addons xmi:id="_a3" elementId="org.eclipse.e4.ui.bindings.service" contributionURI="bundleclass://org.eclipse.e4.ui.bindings/org.eclipse.e4.ui.bindings.BindingServiceAddon"/>
  <addons xmi:id="_a4" elementId="org.eclipse.e4.ui.workbench.commands.model" contributionURI="bundleclass://org.eclipse.e4.ui.workbench/org.eclipse.e4.ui.internal.workbench.addons.CommandProcessingAddon"/>
  <addons xmi:id="_a5" elementId="org.eclipse.e4.ui.workbench.contexts.model" contributionURI="bundleclass://org.eclipse.e4.ui.workbench/org.eclipse.e4.ui.internal.workbench.addons.ContextProcessingAddon"/>
  <addons xmi:id="_a6" elementId="org.eclipse.e4.ui.workbench.bindings.model" contributionURI="bundleclass://org.eclipse.e4.ui.workbench.swt/org.eclipse.e4.ui.workbench.swt.util.BindingProcessingAddon"/>
  <addons xmi:id="_a7" elementId="org.eclipse.e4.ui.workbench.handler.model" contributionURI="bundleclass://org.eclipse.e4.ui.workbench/org.eclipse.e4.ui.internal.workbench.addons.HandlerProcessingAddon"/>
</application:Application>
EOF
cat >"$BARE/src/bench/e4/Part.java" <<'EOF'
package bench.e4;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The floor's one part: writes "window EPOCH_MILLIS" once the window is on screen, like the workbench. */
public class Part {
	@PostConstruct
	public void create(Composite parent) {
		new Label(parent, SWT.NONE).setText("bare E4");
		parent.getDisplay().asyncExec(() -> {
			try {
				Files.writeString(Path.of(System.getProperty("ducha.startTimes")),
						"window " + System.currentTimeMillis() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}
}
EOF
cp_jar() { ls "$INSTALL"/plugins/"$1"_*.jar | head -1; }
"$JAVAC" -nowarn -d "$BARE/bundle" -cp "$(cp_jar org.eclipse.swt.gtk.linux.x86_64):$(cp_jar org.eclipse.swt):$(cp_jar jakarta.annotation-api)" \
  "$BARE/src/bench/e4/Part.java" 2>"$WORK/javac.log" || { cat "$WORK/javac.log" >&2; exit 1; }
(cd "$BARE/bundle" && "$(dirname "$DUCHA_JAVA")/jar" --create --file "$BARE/plugins/bench.e4_1.0.0.jar" \
  --manifest META-INF/MANIFEST.MF plugin.xml Application.e4xmi css bench) || exit 1

# --- each workbench's data folder: the demo court, as a court would have it after its set-up (its own ducha-cli)
for i in "${!INSTALLS[@]}"; do
  DUCHA_DATA=$WORK/data-$i "${INSTALLS[$i]}/ducha-cli" demo >"$WORK/demo-$i.log" 2>&1 ||
    { echo "ducha-cli demo of ${INSTALLS[$i]} failed:" >&2; cat "$WORK/demo-$i.log" >&2; exit 1; }
done

# one start: the command's fork is time 0; prints the steps' milliseconds, "timeout" when the window never came
timed_start() { # times-file, command...
  local times=$1 start pid waited=0; shift
  rm -f "$times"
  start=$(date +%s%3N)
  "$@" >"$WORK/run.log" 2>&1 &
  pid=$!
  until grep -q '^window ' "$times" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ $waited -ge $((TIMEOUT * 10)) ]; then
      echo "timeout"; kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; return
    fi
    sleep 0.1; waited=$((waited + 1))
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  awk -v s="$start" '{printf "%s=%d ", $1, $2 - s} END {print ""}' "$times"
}
# each replaces the subshell that runs it ('exec'), so that the pid the runner kills is the JVM's
start_bare() {
  exec "$DUCHA_JAVA" $DUCHA_INI_VMARGS --enable-native-access=ALL-UNNAMED ${DUCHA_VMARGS:-} -Dducha.startTimes="$WORK/times" \
    -jar "$BARE/plugins/$(basename "$DUCHA_LAUNCHER")" -data "$WORK/bare-workspace" -clearPersistedState
}
start_ducha() { # index of the installation
  DUCHA_DATA=$WORK/data-$1 \
    DUCHA_VMARGS="${DUCHA_VMARGS:-} -Dducha.startTimes=$WORK/times -Dducha.login.user=admin -Dducha.login.password=ducha123" \
    exec "${INSTALLS[$1]}/ducha"
}
value() { # step: its values from the runs' lines on stdin
  sed -n "s/.*\b$1=\([0-9]*\).*/\1/p"
}
median() { sort -n | awk '{v[NR] = $1} END {if (NR) print v[int((NR + 1) / 2)]; else print "-"}'; }

echo "workbench start, median of $runs runs (ms from launch), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$WORK/bare.txt"
for i in "${!INSTALLS[@]}"; do
  : >"$WORK/ducha-$i.txt"
  [ ${#INSTALLS[@]} -eq 1 ] || echo "workbench $i: ${INSTALLS[$i]}"
done
# the first start of each writes the framework's caches: not counted
timed_start "$WORK/times" start_bare >/dev/null
for i in "${!INSTALLS[@]}"; do timed_start "$WORK/times" start_ducha "$i" >/dev/null; done
for run in $(seq "$runs"); do
  timed_start "$WORK/times" start_bare | tee -a "$WORK/bare.txt" | sed "s/^/bare E4   run $run: /"
  for i in "${!INSTALLS[@]}"; do
    label="workbench"; [ ${#INSTALLS[@]} -eq 1 ] || label="workbench $i"
    timed_start "$WORK/times" start_ducha "$i" | tee -a "$WORK/ducha-$i.txt" | sed "s/^/$label run $run: /"
  done
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a ~ /^[0-9]+$/ && b > 0) printf "%.2f", a / b; else print "-"}'; }
bare=$(value window <"$WORK/bare.txt" | median)
printf '%-40s %8s ms\n' "bare E4 application: first window" "$bare"
for i in "${!INSTALLS[@]}"; do
  name=workbench; [ ${#INSTALLS[@]} -eq 1 ] || name="workbench $i"
  dialog=$(value login-dialog <"$WORK/ducha-$i.txt" | median)
  window=$(value window <"$WORK/ducha-$i.txt" | median)
  after=$(awk '{d = ""; w = ""; for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "logged-in") d = kv[2];
    if (kv[1] == "window") w = kv[2] } if (d != "" && w != "") print w - d}' "$WORK/ducha-$i.txt" | median)
  printf '%-40s %8s ms  (%s x bare)\n' "$name: log-in dialog on screen" "$dialog" "$(ratio "$dialog" "$bare")"
  printf '%-40s %8s ms\n' "$name: main window (auto log-in)" "$window"
  printf '%-40s %8s ms\n' "$name: log-in to main window" "$after"
done
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
