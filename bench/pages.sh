#!/usr/bin/env bash
# Pages at scale (issue 18): loads a generated region into a fresh PostgreSQL database, serves it
# with the demo users beside it, and measures the pages with wrk at 20 connections as the demo
# finance reviewer: median and p99 latency, requests/s, response size, and the server's heap
# after the run (jcmd GC.heap_info: used) and its peak RSS.
#
#   DOCS=100 bench/pages.sh                     # this build, 100 documents of 60 tables
#   JAR=/tmp/old/target/jixiao.jar DOCS=100 bench/pages.sh   # another build, same region
#   DURATION=20s WARMUP=5s PAGES="/ /public /api/targets" bench/pages.sh
#
# Needs wrk, curl, psql and PostgreSQL at 127.0.0.1:5432 with trust auth. The database
# jixiao_bench_<DOCS>_<random> is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=${DOCS:-100}
PORT=${PORT:-18181}
CONNECTIONS=${CONNECTIONS:-20}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-20s}
JAR=${JAR:-target/jixiao.jar}
JAVA_OPTS=${JAVA_OPTS:-}
REGION=${REGION:-/tmp/jixiao-region-$DOCS}

[ -d "$REGION" ] || java -jar "$JAR" generate --departments "$DOCS" --tables-per-department 60 \
  --year 2024 --seed 1 --out "$REGION" >/dev/null
db="jixiao_bench_${DOCS}_$$"
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db"
url="jdbc:postgresql://127.0.0.1:5432/$db?user=postgres"
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null; wait "${server:-0}" 2>/dev/null; psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" ; rm -rf "$work"' EXIT

start=$(date +%s)
java -jar "$JAR" import --db "$url" "$REGION"/*.json >"$work/import.log" 2>&1
echo "import of $DOCS documents: $(( $(date +%s) - start )) s"
psql -q -h 127.0.0.1 -U postgres -d "$db" -c "ANALYZE"

start=$(date +%s)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" serve --port "$PORT" --db "$url" --demo >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 1800); do
  grep -q '已启动' "$work/server.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
echo "server started in $(( $(date +%s) - start )) s"
psql -q -h 127.0.0.1 -U postgres -d "$db" -c "ANALYZE"

base="http://127.0.0.1:$PORT"
jar="$work/cookies"
csrf=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=reviewer" \
  --data-urlencode "password=Review#2024demo" --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
cookie="Cookie: JSESSIONID=$session"
department=$(python3 -c 'import json,sys,glob; print(json.load(open(sorted(glob.glob(sys.argv[1]+"/*.json"))[0]))["department"]["name"])' "$REGION" 2>/dev/null || true)
enc=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' "$department")

read -r -a pages <<<"${PAGES:-/ /departments?name=@dept /public /monitoring /evaluation /api/targets /api/dashboard}"
pages=("${pages[@]/@dept/$enc}")
printf '| page | bytes | req/s | p50 | p99 |\n|---|---|---|---|---|\n' >"$work/table.md"
for page in "${pages[@]}"; do
  status=$(curl -s -o "$work/body" -w '%{http_code}' -m 120 -H "$cookie" "$base$page" || echo timeout)
  bytes=$(wc -c <"$work/body")
  wrk -t 2 -c "$CONNECTIONS" -d "$WARMUP" --timeout 10s -H "$cookie" "$base$page" >/dev/null
  wrk -t 2 -c "$CONNECTIONS" -d "$DURATION" --timeout 10s --latency -H "$cookie" "$base$page" \
    >"$work/wrk.txt"
  rps=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
  timeouts=$(grep -o 'timeout [0-9]*' "$work/wrk.txt" || true)
  echo "| \`$page\` ($status) | $bytes | $rps | $p50 | $p99 ${timeouts:+($timeouts)} |" | tee -a "$work/table.md"
done
heap=$(jcmd "$server" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 || true)
rss=$(awk '/VmHWM/ { print $2 " " $3 }' "/proc/$server/status")
echo "heap after the runs: $heap; peak RSS: $rss; load average $(cut -d' ' -f1-3 /proc/loadavg)"
