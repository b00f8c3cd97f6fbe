#!/bin/sh
# Runs the packaged service as production runs it (README, Run): from the jar's directory, with the
# production flags, and with the AOT cache that `./mvnw verify` trained when there is one. Extra
# arguments go to the JVM, before -jar (for example -Dquarkus.http.port=8081).
set -eu
here="$(cd "$(dirname -- "$0")/.." && pwd)"
app="$here/target/quarkus-app"
[ -f "$app/quarkus-run.jar" ] || { echo "No packaged service in $app: run ./mvnw verify (or ./mvnw package -DskipTests) first." >&2; exit 1; }
jdk="$("$here/scripts/java-home.sh")"
[ -n "$jdk" ] || { echo "Quizbank runs on Java 25: install a JDK 25 or point JAVA_HOME at one." >&2; exit 1; }
cache=""
[ -s "$app/app.aot" ] && cache="-XX:AOTCache=app.aot"
cd "$app"
# shellcheck disable=SC2086 # $cache is one option or none
exec "$jdk/bin/java" $cache -XX:+UseSerialGC -Xmx128m "$@" -jar quarkus-run.jar
