# Sourced by ducha, ducha-cli and ducha-p2: finds Java 21+, the launcher jar, eclipse.ini and the language.
DUCHA_HOME=$(cd "$(dirname "$0")" && pwd)

ducha_java_major() { # the feature version of the java binary $1
  # a JDK's or JRE's release file says it without starting a JVM, which would add a third of a second to every
  # command; a java without one (e.g. reached through a link) is asked
  ducha_release="$(dirname "$(dirname "$1")")/release"
  if [ -r "$ducha_release" ] && grep -q '^JAVA_VERSION=' "$ducha_release"; then
    sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$ducha_release" | head -1
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1 | cut -d. -f1
  fi
}

DUCHA_JAVA=""
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) \
    "$(command -v java 2>/dev/null)"; do
  [ -x "$candidate" ] || continue
  major=$(ducha_java_major "$candidate")
  if [ "${major:-0}" -ge 21 ] 2>/dev/null; then DUCHA_JAVA=$candidate; break; fi
done
if [ -z "$DUCHA_JAVA" ]; then
  echo "ducha: Java 21 or newer is needed; none found in JAVA_HOME, /usr/lib/jvm or on PATH." >&2
  echo "ducha: install one (e.g. 'apt-get install openjdk-21-jre') or set JAVA_HOME." >&2
  return 1 2>/dev/null || exit 1
fi

DUCHA_LAUNCHER=$(ls "$DUCHA_HOME"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | sort -V | tail -1)
if [ -z "$DUCHA_LAUNCHER" ]; then
  echo "ducha: $DUCHA_HOME/plugins holds no org.eclipse.equinox.launcher jar: the installation is broken." >&2
  return 1 2>/dev/null || exit 1
fi

DUCHA_DATA_DIR=${DUCHA_DATA:-$HOME/.ducha}
# ducha-p2 manages the installation only: it sets DUCHA_NO_DATA and never creates a data folder
# the data folder holds the embedded database, the keys, backups and the database password of a shared
# installation: whatever Ducha creates there (and any file it writes) is for the user's eyes only
umask 077
[ -n "${DUCHA_NO_DATA:-}" ] || mkdir -p "$DUCHA_DATA_DIR"
# language=zh_CN|en in ducha.properties (written by the workbench's preferences); Chinese by default
DUCHA_LANGUAGE=$(sed -n 's/^language *= *//p' "$DUCHA_DATA_DIR/ducha.properties" 2>/dev/null | tail -1 | tr -d '\r ')
DUCHA_LANGUAGE=${DUCHA_LANGUAGE:-zh_CN}

# eclipse.ini: program arguments before -vmargs, JVM arguments after (one token per line, no spaces)
DUCHA_INI_PROGARGS=$(sed '/^-vmargs/,$d' "$DUCHA_HOME/eclipse.ini" 2>/dev/null | tr '\n' ' ')
DUCHA_INI_VMARGS=$(sed -n '/^-vmargs/,$p' "$DUCHA_HOME/eclipse.ini" 2>/dev/null | tail -n +2 | tr '\n' ' ')
DUCHA_JVM_FLAGS="--enable-native-access=ALL-UNNAMED -Dducha.data=$DUCHA_DATA_DIR -Djava.util.logging.config.file=$DUCHA_HOME/logging.properties"
