# shellcheck shell=bash
# A throwaway PostgreSQL 15 cluster for tests and benchmarks: pg_throwaway_start sets TANPAN_PG_DIR,
# TANPAN_PG_PORT and TANPAN_TEST_PG (an Npgsql connection string); pg_throwaway_stop removes it all.
# Works as root (the cluster runs as the postgres user) and as an ordinary user.

pg_bin() {
  local d
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

pg_free_port() {
  python3 - <<'PY'
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

pg_throwaway_start() {
  local bin; bin=$(pg_bin) || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  TANPAN_PG_DIR=$(mktemp -d /tmp/tanpan-pg.XXXXXX)
  TANPAN_PG_PORT=$(pg_free_port)
  local run=()
  if [ "$(id -u)" = "0" ]; then
    chown postgres:postgres "$TANPAN_PG_DIR"
    run=(su postgres -s /bin/bash -c)
  else
    run=(bash -c)
  fi
  "${run[@]}" "'$bin/initdb' -D '$TANPAN_PG_DIR/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8 >'$TANPAN_PG_DIR/initdb.log' 2>&1" \
    || { cat "$TANPAN_PG_DIR/initdb.log" >&2; return 1; }
  "${run[@]}" "'$bin/pg_ctl' -D '$TANPAN_PG_DIR/data' -o \"-p $TANPAN_PG_PORT -k $TANPAN_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" -l '$TANPAN_PG_DIR/log' -w start >/dev/null" \
    || { cat "$TANPAN_PG_DIR/log" >&2; return 1; }
  TANPAN_TEST_PG="Host=127.0.0.1;Port=$TANPAN_PG_PORT;Username=postgres;Database=postgres"
  export TANPAN_PG_DIR TANPAN_PG_PORT TANPAN_TEST_PG
}

pg_throwaway_stop() {
  [ -n "${TANPAN_PG_DIR:-}" ] && [ -d "$TANPAN_PG_DIR" ] || return 0
  local bin; bin=$(pg_bin) || return 0
  if [ "$(id -u)" = "0" ]; then
    su postgres -s /bin/bash -c "'$bin/pg_ctl' -D '$TANPAN_PG_DIR/data' -m fast -w stop" >/dev/null 2>&1 || true
  else
    "$bin/pg_ctl" -D "$TANPAN_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$TANPAN_PG_DIR"
  unset TANPAN_PG_DIR
}
