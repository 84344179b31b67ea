# Sourced by the product checks (smoke, plugin life cycle, upgrade, subsets), which start the product's JVMs some
# sixty times for a few seconds each: the serial collector spares the parallel collector's threads on a 2-core
# machine. (The client compiler alone would take a third less CPU per start, but makes every log-in's PBKDF2 ten
# times slower.) The product's own scripts keep the JVM's defaults.
QUICK_JVM="-XX:+UseSerialGC"
export DUCHA_VMARGS="$QUICK_JVM ${DUCHA_VMARGS:-}"
