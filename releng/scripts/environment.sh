# Shared checks for ./lightwork and releng/test: say what is missing and how to get it, not a stack trace.
# Sourced (POSIX sh). install_packages only runs apt-get when we are root on a Debian-like system.

require_java17() {
  JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  if ! command -v "$JAVA" >/dev/null 2>&1 || ! command -v "${JAVA_HOME:+$JAVA_HOME/bin/}javac" >/dev/null 2>&1; then
    echo "lightwork: a Java 17 JDK is needed and was not found (java/javac)." >&2
    echo "  Debian/Ubuntu: apt-get install openjdk-17-jdk-headless   or set JAVA_HOME to a JDK 17." >&2
    exit 2
  fi
  spec=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ "$spec" != 17 ]; then
    # Tycho 4.0.13 and the pinned Eclipse 4.34 platform are built and tested on Java 17.
    echo "lightwork: Java 17 is needed to build, found '${spec:-unknown}' at $(command -v "$JAVA")." >&2
    echo "  Set JAVA_HOME to a JDK 17 (Debian: /usr/lib/jvm/java-17-openjdk-amd64)." >&2
    exit 2
  fi
}

# install_packages PKG... : install Debian packages that are missing (root only), else explain.
install_packages() {
  missing=""
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "lightwork: installing missing packages:$missing" >&2
    apt-get update -qq >&2 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2 || {
      echo "lightwork: apt-get could not install:$missing" >&2; exit 2; }
  else
    echo "lightwork: missing packages:$missing" >&2
    echo "  install them with: sudo apt-get install$missing" >&2
    exit 2
  fi
}

require_gtk() {
  if command -v dpkg >/dev/null 2>&1 && ! dpkg -s libgtk-3-0 >/dev/null 2>&1 && ! dpkg -s libgtk-3-0t64 >/dev/null 2>&1; then
    echo "lightwork: the workbench needs GTK 3 (libgtk-3-0): sudo apt-get install libgtk-3-0" >&2
    exit 2
  fi
}
