#!/usr/bin/env bash
# Sourced by the other scripts: finds a JDK 21+ and Maven 3.9 and exports JAVA_HOME, MVN and MAVEN_OPTS.
# Tycho 5 needs Java 21+ and Maven 3.9.9+; Debian's default java (17) and mvn (3.8.7) are too old.
# Maven 3.9 is obtained through the system Maven's dependency plugin (default repositories only).

DUCHA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DUCHA_TOOLS=${DUCHA_TOOLS:-$HOME/.cache/ducha-tools}
DUCHA_MAVEN_VERSION=3.9.11

java_major() { # prints the feature version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1 | cut -d. -f1
}

find_jdk() {
  local candidates=() dir best="" best_v=0 v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk*; do [ -d "$dir" ] && candidates+=("$dir"); done
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/javac" ] || continue
    v=$(java_major "$dir/bin/java"); v=${v:-0}
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$dir; best_v=$v; fi
    # an explicit JAVA_HOME that is new enough wins
    if [ "$dir" = "${JAVA_HOME:-}" ] && [ "$v" -ge 21 ]; then best=$dir; break; fi
  done
  if [ -z "$best" ]; then
    echo "ducha: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm)." >&2
    echo "ducha: install one, e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21/25, or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH=$JAVA_HOME/bin:$PATH
}

find_maven() {
  if command -v mvn >/dev/null 2>&1 && mvn -v 2>/dev/null | grep -qE 'Apache Maven 3\.9\.(9|[1-9][0-9])'; then
    MVN=$(command -v mvn); return 0
  fi
  local home=$DUCHA_TOOLS/apache-maven-$DUCHA_MAVEN_VERSION
  if [ ! -x "$home/bin/mvn" ]; then
    if ! command -v mvn >/dev/null 2>&1; then
      echo "ducha: Maven $DUCHA_MAVEN_VERSION is needed and no Maven is installed to fetch it with." >&2
      echo "ducha: install Debian's 'maven' package (any 3.x) and run again." >&2
      return 1
    fi
    echo "ducha: fetching Maven $DUCHA_MAVEN_VERSION with the system Maven into $DUCHA_TOOLS" >&2
    mkdir -p "$DUCHA_TOOLS"
    # run outside the repository: its .mvn/extensions.xml (Tycho) would not load in the old Maven
    (cd "$DUCHA_TOOLS" && mvn -B -q dependency:copy \
      -Dartifact=org.apache.maven:apache-maven:$DUCHA_MAVEN_VERSION:tar.gz:bin -DoutputDirectory="$DUCHA_TOOLS") \
      || { echo "ducha: could not fetch Maven $DUCHA_MAVEN_VERSION" >&2; return 1; }
    tar xzf "$DUCHA_TOOLS/apache-maven-$DUCHA_MAVEN_VERSION-bin.tar.gz" -C "$DUCHA_TOOLS"
  fi
  MVN=$home/bin/mvn
}

find_jdk || exit 1
find_maven || exit 1
export MVN
# Java 24+ warns about native access (SWT) and sun.misc.Unsafe (Guice inside Maven) otherwise
DUCHA_JAVA_MAJOR=$(java_major "$JAVA_HOME/bin/java")
export DUCHA_JAVA_MAJOR
MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx2g --enable-native-access=ALL-UNNAMED"
[ "$DUCHA_JAVA_MAJOR" -ge 23 ] && MAVEN_OPTS="$MAVEN_OPTS --sun-misc-unsafe-memory-access=allow"
export MAVEN_OPTS
