#!/usr/bin/env bash
# Measures the portal's start-up and idle memory on a fresh embedded database:
#   launch -> /health/ready UP, launch -> first 200 from the home page, resident memory after 30 s idle.
# Usage: src/build/measure-startup.sh [idle-seconds]   (builds the WAR and the 'coproduce' server first)
set -euo pipefail
cd "$(dirname "$0")/../.."
idle=${1:-30}
port=${HTTP_PORT:-9080}

mvn -q package liberty:create liberty:deploy -DskipTests >/dev/null
server=portal-core/webapp/target/liberty/wlp/bin/server
data=$(mktemp -d /tmp/coproduce-measure.XXXXXX)
trap '"$server" stop coproduce >/dev/null 2>&1 || true; rm -rf "$data"' EXIT

ms() { date +%s%3N; }
start=$(ms)
JVM_ARGS="-Dcoproduce.data.dir=$data" "$server" start coproduce >/dev/null
until curl -sf "http://localhost:$port/health/ready" >/dev/null; do
  [ $(( $(ms) - start )) -gt 180000 ] && { echo "not ready after 180 s" >&2; exit 1; }
  sleep 0.2
done
ready=$(( $(ms) - start ))
curl -sf -o /dev/null "http://localhost:$port/"
home=$(( $(ms) - start ))
sleep "$idle"
pid=$(pgrep -f "ws-server.jar coproduce" | head -1)
rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
echo "launch to ready: ${ready} ms"
echo "launch to first home page: ${home} ms"
echo "resident memory after ${idle} s idle: ${rss} MiB (max heap $(grep -o 'Xmx[0-9a-z]*' portal-core/webapp/target/liberty/wlp/usr/servers/coproduce/jvm.options || echo default))"
