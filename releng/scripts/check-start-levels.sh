#!/usr/bin/env bash
# Start levels have one definition, the ducha.level.* properties of the root pom.xml: the test runtimes read them
# through tests/pom.xml. The files no Maven build filters (the two .product files, each plugin bundle's
# META-INF/p2.inf, the ducha-p2 scripts) must state the same numbers; this checks that they do, and that no test
# module states start levels of its own. run-tests.sh runs it before the build.
# Prints one line per problem and fails when there is one.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
problems=0
problem() { problems=$((problems + 1)); echo "check-start-levels: $1" >&2; }

level() { # property name: its value in the root pom
  sed -n "s|.*<ducha\.level\.$1>\([0-9]*\)</ducha\.level\.$1>.*|\1|p" pom.xml
}
BASE=$(level base); P2=$(level p2); PERSISTENCE=$(level persistence); PLUGINS=$(level plugins)
for name in BASE P2 PERSISTENCE PLUGINS; do
  [ -n "${!name}" ] || { echo "check-start-levels: pom.xml has no ducha.level.${name,,}" >&2; exit 1; }
done
# the p2 tools must run where the framework's own services are up and no Ducha bundle has started
[ "$BASE" -lt "$P2" ] && [ "$P2" -lt "$PERSISTENCE" ] && [ "$PERSISTENCE" -lt "$PLUGINS" ] ||
  problem "pom.xml: expected base < p2 < persistence < plugins, found $BASE, $P2, $PERSISTENCE, $PLUGINS"

# the products: ducha.persistence at its level; ducha.core, the other platform bundles with components (the command
# line, the reports) and eclipse-collections' implementation (SPI Fly reads its 476 service-loader capabilities when
# it starts: about a second of CPU) at the plugins' level, behind the workbench's log-in dialog; everything else at or below
# the base level; the framework started up to the plugins' level
DEFERRED="ducha.core ducha.cli ducha.reports.core ducha.reports.ui org.eclipse.collections.impl"
for product in releng/ducha.repository/*.product; do
  expect_plugin() { # id, level
    grep -q "<plugin id=\"$1\" autoStart=\"true\" startLevel=\"$2\"/>" "$product" ||
      problem "$product: $1 must have startLevel=\"$2\""
  }
  expect_plugin ducha.persistence "$PERSISTENCE"
  for id in $DEFERRED; do expect_plugin "$id" "$PLUGINS"; done
  grep -q "<property name=\"osgi.startLevel\" value=\"$PLUGINS\"/>" "$product" ||
    problem "$product: osgi.startLevel must be $PLUGINS"
  while read -r id lvl; do
    case " ducha.persistence $DEFERRED " in *" $id "*) continue ;; esac
    [ "$lvl" -le "$BASE" ] || problem "$product: $id starts at $lvl, above the base level $BASE"
  done < <(sed -n 's|.*<plugin id="\([^"]*\)"[^>]*startLevel="\([0-9]*\)".*|\1 \2|p' "$product")
  # every bundle the test runtimes start at the base level is started there by the product too
  for id in $(sed -n 's|.*<bundle><id>\([^<]*\)</id><level>${ducha.level.base}</level>.*|\1|p' tests/pom.xml); do
    expect_plugin "$id" "$BASE"
  done
done

# the plugin bundles (installed by p2 after the product, so they carry their start level in p2.inf)
# (a configuration unit of their own, which the bundle requires: the bundle's own configure instruction lost to the
# product's default unit, setStartLevel 4)
for inf in bundles/*/META-INF/p2.inf; do
  bundle=$(basename "$(dirname "$(dirname "$inf")")")
  grep -q "^units.0.instructions.configure=setStartLevel(startLevel:$PLUGINS);" "$inf" ||
    problem "$inf: its configuration unit's setStartLevel must be $PLUGINS"
  grep -q "^units.0.hostRequirements.0.name=$bundle$" "$inf" && grep -q "^requires.0.name=tooling.ducha.startlevel.$bundle$" "$inf" ||
    problem "$inf: the configuration unit must be for $bundle and required by it"
done

# ducha-p2 runs the p2 director below the database
for script in features/ducha.platform.feature/rootfiles/ducha-p2 features/ducha.platform.feature/rootfiles-win/ducha-p2.cmd; do
  grep -q -- "-Dosgi.startLevel=$P2 " "$script" || problem "$script: -Dosgi.startLevel must be $P2"
done

# the workbench starts below the database and raises the framework to the plugins' level behind its log-in dialog
for script in features/ducha.platform.feature/rootfiles/ducha features/ducha.platform.feature/rootfiles-win/ducha.cmd; do
  grep -q -- "-Dosgi.startLevel=$P2 -Dducha.startLevel=$PLUGINS " "$script" ||
    problem "$script: -Dosgi.startLevel must be $P2 and -Dducha.startLevel $PLUGINS"
done

# the test modules inherit tests/pom.xml's start levels and state none of their own
for pom in tests/*/pom.xml; do
  grep -q "<bundleStartLevel" "$pom" && problem "$pom: start levels belong in tests/pom.xml (ducha.level.* properties)"
done

[ "$problems" -eq 0 ] && echo "check-start-levels: the products, p2.inf files and ducha-p2 agree with pom.xml"
exit $((problems > 0))
