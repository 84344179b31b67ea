# Sourced by the product checks (smoke, plugin life cycle, upgrade, subsets), which start the product's JVMs some
# sixty times for a few seconds each: the client compiler only and the serial collector take about a third less
# CPU per start, which is what those checks wait on (on a 2-core machine). The product's own scripts keep the
# JVM's defaults: a long import wants the optimising compiler.
QUICK_JVM="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
export DUCHA_VMARGS="$QUICK_JVM ${DUCHA_VMARGS:-}"
