#!/usr/bin/env bash
# Starts Debian's PostgreSQL on loopback and makes sure the test role and database exist.
# Prints the DATABASE_URL to use, and nothing else on stdout: callers capture it with $(...), so
# every other message (pg_ctlcluster's "Removed stale pid file." among them) goes to stderr.
# Needs root (or the postgres user) and the postgresql package.
set -euo pipefail
ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q .; then
  pg_createcluster "$ver" main >&2
fi
cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
if ! pg_lsclusters -h | head -1 | grep -q online; then
  # A crash or a machine image can leave a stale pid or socket lock behind; the first start may
  # still see its old processes exiting, so try a few times.
  for attempt in 1 2 3; do
    pg_ctlcluster $cluster start >&2 && break
    [ "$attempt" = 3 ] && exit 1
    sleep 2
  done
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
