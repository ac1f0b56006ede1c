#!/bin/sh
# Bulk load beside the old import and beside a raw COPY of the same rows, in one run, on the
# PostgreSQL server at 127.0.0.1:5432 (user postgres, trust auth). docs/benchmarks.md, "Bulk load".
#
#   bench/load.sh N [OLD_JAR]
#
# 1. generates N departments × 60 tables (seed 1, year 2024) into a temporary directory;
# 2. OLD_JAR (when given): `import` of all files into a fresh database;
# 3. target/jixiao.jar: `load` of all files into another fresh database;
# 4. dumps every table the load wrote (COPY … TO) and COPYs the same rows, raw, in one transaction
#    as one psql session: (a) into a scratch schema of tables made LIKE the loaded ones INCLUDING
#    ALL (same indexes, unique and check constraints; no foreign keys), (b) into a third fresh
#    database migrated to the same schema (foreign keys checked as in the load).
# Prints the wall time of each step. The databases are dropped at the end.
set -eu
N=${1:?number of departments}
OLD=${2:-}
NEW=target/jixiao.jar
PSQL="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres"
TAG=scale_load_bench_$$
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"; for d in ${TAG}_old ${TAG}_new ${TAG}_raw; do $PSQL -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1 || true; done' EXIT
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }

java -jar "$NEW" generate --departments "$N" --tables-per-department 60 --year 2024 --seed 1 \
  --out "$DIR/region" >/dev/null
echo "generated $N departments: $(du -sh "$DIR/region" | cut -f1)"

if [ -n "$OLD" ]; then
  $PSQL -d postgres -c "CREATE DATABASE ${TAG}_old"
  t=$(now)
  /usr/bin/time -f "old import: %U s user + %S s system CPU (java)" java -jar "$OLD" import --db "jdbc:postgresql://127.0.0.1:5432/${TAG}_old?user=postgres" \
    "$DIR"/region/*.json >/dev/null
  echo "old import: $(since "$t") s"
fi

$PSQL -d postgres -c "CREATE DATABASE ${TAG}_new"
t=$(now)
/usr/bin/time -f "new load: %U s user + %S s system CPU (java)" java -jar "$NEW" load --db "jdbc:postgresql://127.0.0.1:5432/${TAG}_new?user=postgres" \
  "$DIR"/region/*.json | tail -1
echo "new load: $(since "$t") s"

TABLES="department document summary sub_goal sub_goal_indicator measure project goal indicator target audit_entry"
: > "$DIR/copy.sql"
echo "CREATE SCHEMA scratch;" > "$DIR/prepare.sql"
for table in $TABLES; do
  $PSQL -d ${TAG}_new -c "\\copy $table TO '$DIR/$table.tsv'"
  echo "CREATE TABLE scratch.$table (LIKE public.$table INCLUDING ALL);" >> "$DIR/prepare.sql"
  # printf, not echo: dash's echo reads \c as "stop output"
  printf '%s\n' "\\copy scratch.$table FROM '$DIR/$table.tsv'" >> "$DIR/copy.sql"
done
$PSQL -d ${TAG}_new -f "$DIR/prepare.sql"
rows=$(cat "$DIR"/*.tsv | wc -l)
grep -c copy "$DIR/copy.sql" >/dev/null
t=$(now)
$PSQL -d ${TAG}_new -1 -f "$DIR/copy.sql"
echo "raw COPY of the same $rows rows into tables without foreign keys: $(since "$t") s"

$PSQL -d postgres -c "CREATE DATABASE ${TAG}_raw"
java -jar "$NEW" show --db "jdbc:postgresql://127.0.0.1:5432/${TAG}_raw?user=postgres" >/dev/null
sed 's/scratch\.//' "$DIR/copy.sql" > "$DIR/copy-schema.sql"
t=$(now)
$PSQL -d ${TAG}_raw -1 -f "$DIR/copy-schema.sql"
echo "raw COPY of the same $rows rows into the migrated schema: $(since "$t") s"
echo "check: indicators loaded $($PSQL -d ${TAG}_new -Atc 'SELECT count(*) FROM public.indicator')," \
  "copied $($PSQL -d ${TAG}_new -Atc 'SELECT count(*) FROM scratch.indicator')" \
  "and $($PSQL -d ${TAG}_raw -Atc 'SELECT count(*) FROM indicator')"
