#!/usr/bin/env bash
# The thread page benchmark (issue: community content). Generates a realistic forum (THREADS threads of
# REPLIES replies; by default 2,000 x 50 = 102,000 posts) in a fresh embedded database, starts the portal,
# and measures with wrk on loopback (CONNECTIONS connections, DURATION seconds each): the anonymous thread
# page, the signed-in thread page, and the same page's bytes served as a static file by the same server.
# Prints requests/s, p50 and p99 for each and the ratios. Usage: src/bench/thread-page.sh
# (SMOKE=1 makes a small, quick run to check that the benchmark works; BENCH_JVM_ARGS adds server JVM options,
# e.g. -Dcoproduce.page-cache.seconds=0 to measure without the page caches.)
set -euo pipefail
cd "$(dirname "$0")/../.."
threads=${THREADS:-2000}
replies=${REPLIES:-50}
duration=${DURATION:-20}
connections=${CONNECTIONS:-32}
if [ "${SMOKE:-0}" = 1 ]; then threads=20; replies=50; duration=3; fi
port=${HTTP_PORT:-9080}
base="http://localhost:$port"
server_dir=portal-core/webapp/target/liberty/wlp/usr/servers/coproduce
server=portal-core/webapp/target/liberty/wlp/bin/server
bench=$(mktemp -d /tmp/coproduce-bench.XXXXXX)
cleanup() {
  "$server" stop coproduce >/dev/null 2>&1 || true
  [ -n "${mvn_pid:-}" ] && kill "$mvn_pid" 2>/dev/null || true
  rm -rf "$server_dir/dropins/bench-static.war" "$bench"
}
trap cleanup EXIT

command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } \
  || { echo "Please install Debian's wrk" >&2; exit 1; }

await_ready() {
  for _ in $(seq 1 900); do curl -sf "$base/health/ready" >/dev/null && return 0; sleep 0.2; done
  echo "the portal did not become ready" >&2; exit 1
}

echo "1/5 building the portal and creating an empty database in $bench"
JVM_ARGS="-Dcoproduce.data.dir=$bench -Dcoproduce.demo=false" mvn package liberty:run -DskipTests >"$bench/build.log" 2>&1 &
mvn_pid=$!
await_ready
"$server" stop coproduce >/dev/null
wait "$mvn_pid" 2>/dev/null || true
mvn_pid=

echo "2/5 generating $threads threads x $replies replies"
java_home=$(sed -n 's/^JAVA_HOME=//p' "$server_dir/server.env")
"$java_home/bin/java" -cp "$server_dir/jdbc/h2.jar" src/bench/ForumGenerator.java \
  "jdbc:h2:file:$bench/h2/coproduce;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  coproduce coproduce "$threads" "$replies"

echo "3/5 starting the portal"
JVM_ARGS="-Dcoproduce.data.dir=$bench -Dcoproduce.demo=false ${BENCH_JVM_ARGS:-}" "$server" start coproduce >/dev/null
await_ready
page="/discussions/thread?id=1000000"
curl -sf -o /dev/null "$base$page" || { echo "no thread page at $page" >&2; exit 1; }

echo "4/5 the same page as a static file, and a signed-in session"
mkdir -p "$bench/static"
curl -sf "$base$page" >"$bench/static/thread.html"
mkdir -p "$server_dir/dropins/bench-static.war"
cp "$bench/static/thread.html" "$server_dir/dropins/bench-static.war/thread.html"
for _ in $(seq 1 150); do curl -sf -o /dev/null "$base/bench-static/thread.html" && break; sleep 0.2; done
jar="$bench/cookies"
login=$(curl -sf -c "$jar" -b "$jar" "$base/login")
csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$login" | head -1 | sed 's/.*value="//;s/"$//')
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$login" | sed 's/.*value="//;s/"$//')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "jakarta.faces.ViewState=$state" \
  -d "login_SUBMIT=1&login%3Aemail=bench1%40example.org&login%3Apassword=bench-password-1&login%3Asubmit=Sign+in" "$base/login"
session=$(awk '$6 == "COPRODUCE_SESSION" {print $7}' "$jar")
signed_in_page=$(curl -sf -H "Cookie: COPRODUCE_SESSION=$session" "$base$page")
grep -q "Signed in as" <<<"$signed_in_page" || { echo "could not sign in for the benchmark" >&2; exit 1; }

echo "5/5 measuring: wrk, $connections connections, ${duration}s each (after a 5 s warm-up)"
measure() { # name, path, extra header...
  local name=$1 path=$2; shift 2
  wrk -t2 -c"$connections" -d5s "$@" "$base$path" >/dev/null
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" "$base$path" >"$bench/$name.txt"
  local rps p50 p99
  rps=$(awk '/^Requests\/sec/ {print $2}' "$bench/$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$bench/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$bench/$name.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$bench/$name.txt" || true)
  printf '%-22s %10s req/s   p50 %9s   p99 %9s  %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
  eval "${name//-/_}_rps=$rps"
}
echo "page: $page ($(wc -c <"$bench/static/thread.html") bytes), $threads threads x $replies replies"
measure static-file "/bench-static/thread.html"
measure anonymous "$page"
measure signed-in "$page" -H "Cookie: COPRODUCE_SESSION=$session"
awk -v a="$anonymous_rps" -v s="$static_file_rps" -v m="$signed_in_rps" 'BEGIN {
  printf "anonymous / static file: %.1f%% (target >= 25%%)\n", 100 * a / s;
  printf "signed-in / static file: %.1f%%; signed-in throughput %.0f req/s (target >= 3000, p99 < 50 ms)\n", 100 * m / s, m }'
