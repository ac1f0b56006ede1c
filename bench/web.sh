#!/usr/bin/env bash
# Load benchmark of the web application: requests/s and latency of the dashboard (首页), of one
# project page (with last year's self-evaluation beside it, 结果应用), of the monitoring dashboard
# (运行监控) and of the self-evaluation results (绩效自评), logged in as the demo finance reviewer, with wrk on loopback at 200 connections,
# against `jixiao serve --demo` on an H2 file database in a temporary folder.
#
#   bench/web.sh                      # build the jar if missing, 30 s warm-up and 30 s per page
#   DURATION=10s WARMUP=5s bench/web.sh
#   PAGES="/monitoring /projects/@project" bench/web.sh  # only these pages (@project: the project)
#
# Needs wrk (Debian package: apt-get install -y wrk) and curl. Prints the server's start-up lines,
# then per page wrk's report with its latency distribution (a 10 s timeout, so that slow answers
# are counted rather than dropped) and the server's CPU time per request; the server is stopped at
# the end. JAVA_OPTS passes JVM options, e.g. JAVA_OPTS=-Dserver.tomcat.threads.max=200; JAR
# another build of the jar.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
CONNECTIONS=${CONNECTIONS:-200}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-30s}
DURATION=${DURATION:-30s}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=${JAR:-target/jixiao.jar}

command -v wrk >/dev/null || { echo "bench/web.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "bench/web.sh: curl is missing (apt-get install -y curl)" >&2; exit 1; }
[ -f "$JAR" ] || ./mvnw -q -DskipTests package

work=$(mktemp -d)
base="http://127.0.0.1:$PORT"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" serve --port "$PORT" --db "jdbc:h2:file:$work/jixiao" --demo \
  >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 180); do
  grep -q '已启动' "$work/server.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
grep -q '已启动' "$work/server.log" || { echo "bench/web.sh: the server did not start" >&2; exit 1; }
grep -E '已启动|已加载' "$work/server.log"

# Log in through the form (with its CSRF token) and keep the session cookie.
jar="$work/cookies"
csrf=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=reviewer" \
  --data-urlencode "password=Review#2024demo" --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
[ -n "$session" ] || { echo "bench/web.sh: login failed" >&2; exit 1; }
cookie="Cookie: JSESSIONID=$session"

# The project page: the third table of the demo education department (a finding, a return, and
# last year's 差 beside it).
education="%E4%BA%91%E6%B3%BD%E5%B8%82%E6%95%99%E8%82%B2%E5%B1%80" # 云泽市教育局, URL-encoded
project=$(curl -s -H "$cookie" "$base/departments?name=$education" \
  | grep -o 'id="project-[0-9]*"' | sed -n 3p | grep -o '[0-9]*')
[ -n "$project" ] || { echo "bench/web.sh: no project found" >&2; exit 1; }

read -r -a pages <<<"${PAGES:-/ /projects/@project /monitoring /evaluation}"
pages=("${pages[@]/@project/$project}")
# Warm up every page first: the JIT compiles most of what they share during the first one.
for page in "${pages[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base$page")
  [ "$status" = 200 ] || { echo "bench/web.sh: $page answered $status" >&2; exit 1; }
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" --timeout 10s -H "$cookie" "$base$page" >/dev/null
done
for page in "${pages[@]}"; do
  bytes=$(curl -s -H "$cookie" "$base$page" | wc -c)
  echo
  echo "=== GET $page ($bytes bytes), $CONNECTIONS connections, $THREADS threads"
  cpu0=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout 10s --latency -H "$cookie" "$base$page" \
    | tee "$work/wrk.txt"
  cpu1=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
  requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  ticks=$(getconf CLK_TCK)
  echo "server CPU per request: $(awk -v c=$((cpu1 - cpu0)) -v n="$requests" -v t="$ticks" \
    'BEGIN { printf "%.2f ms", c * 1000 / t / n }')"
done
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
