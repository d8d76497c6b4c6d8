#!/usr/bin/env bash
# Starts Debian's PostgreSQL on loopback and makes sure the test role and database exist.
# Prints the DATABASE_URL to use. Needs root (or the postgres user) and the postgresql package.
set -euo pipefail
ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q .; then
  pg_createcluster "$ver" main >/dev/null
fi
cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
if ! pg_lsclusters -h | head -1 | grep -q online; then
  pg_ctlcluster $cluster start
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
for _ in $(seq 1 30); do as_pg psql -qtAc 'select 1' >/dev/null 2>&1 && break; sleep 1; done
as_pg psql -qtAc "select 1 from pg_roles where rolname='readouts'" | grep -q 1 ||
  as_pg psql -qc "create role readouts login superuser password 'readouts'" >/dev/null
for db in readouts readouts_test; do
  as_pg psql -qtAc "select 1 from pg_database where datname='$db'" | grep -q 1 ||
    as_pg psql -qc "create database $db owner readouts" >/dev/null
done
echo "postgres://readouts:readouts@127.0.0.1:5432/readouts_test"
