#!/usr/bin/env bash
# Measures the portal's start-up and idle memory on a fresh embedded database, started as the README's run
# command starts it: server launch -> /health/ready UP, launch -> first home page, resident memory when idle.
# Usage: src/build/measure-startup.sh [idle-seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
idle=${1:-30}
port=${HTTP_PORT:-9080}
log=$(mktemp /tmp/coproduce-measure-log.XXXXXX)
data=$(mktemp -d /tmp/coproduce-measure-data.XXXXXX)
server=portal-core/webapp/target/liberty/wlp/bin/server
cleanup() {
  "$server" stop coproduce >/dev/null 2>&1 || true
  [ -n "${mvn_pid:-}" ] && kill "$mvn_pid" 2>/dev/null || true
  rm -rf "$data" "$log"
}
trap cleanup EXIT

ms() { date +%s%3N; }
# A system property outranks the data folder the build configures: the measurement never touches ./data.
JVM_ARGS="-Dcoproduce.data.dir=$data" mvn package liberty:run -DskipTests >"$log" 2>&1 &
mvn_pid=$!
until grep -q "CWWKE0001I" "$log"; do
  kill -0 "$mvn_pid" 2>/dev/null || { tail -30 "$log"; echo "the build or server failed" >&2; exit 1; }
  sleep 0.1
done
start=$(ms)
until curl -sf "http://localhost:$port/health/ready" >/dev/null; do
  [ $(( $(ms) - start )) -gt 180000 ] && { echo "not ready after 180 s" >&2; exit 1; }
  sleep 0.1
done
ready=$(( $(ms) - start ))
curl -sf -o /dev/null "http://localhost:$port/"
home=$(( $(ms) - start ))
sleep "$idle"
pid=$(pgrep -f "ws-server.jar coproduce" | head -1)
rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
echo "server launch to ready: ${ready} ms"
echo "server launch to first home page: ${home} ms"
echo "resident memory after ${idle} s idle: ${rss} MiB"
