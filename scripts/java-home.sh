#!/bin/sh
# Prints the home of a JDK 25 to build and run Quizbank with: JAVA_HOME when it is one, else the
# `java` on the PATH when it is one, else an installed JDK 25 (Temurin's or a distribution's, in
# /usr/lib/jvm). Prints nothing when there is none; the build then says which JDK it needs.
is25() { "$1/bin/java" -version 2>&1 | grep -q 'version "25'; }
if [ -n "${JAVA_HOME-}" ] && is25 "$JAVA_HOME"; then
  printf '%s\n' "$JAVA_HOME"
  exit 0
fi
if command -v java > /dev/null 2>&1; then
  on_path="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  if is25 "$on_path"; then
    printf '%s\n' "$on_path"
    exit 0
  fi
fi
for jdk in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -name '*25*' 2> /dev/null | sort); do
  if [ -x "$jdk/bin/java" ] && is25 "$jdk"; then
    printf '%s\n' "$jdk"
    exit 0
  fi
done
