# Sourced by .ci/run: a PostgreSQL server for the archive tests, on localhost, for this run only.
# postgres_start installs the Debian packages when missing, initdb's a cluster in a temporary
# directory, starts it on a free port, creates the test database and exports
# BULLETINS_TEST_POSTGRES (the connection string the tests read); postgres_stop stops it and
# removes the directory.

postgres_start() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "installing PostgreSQL (Debian packages)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/bulletins-pg.XXXXXX)
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  # initdb refuses to run as root: the cluster belongs to the postgres user then.
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    PG_AS=(su postgres -s /bin/sh -c)
  else
    PG_AS=(sh -c)
  fi
  "${PG_AS[@]}" "'$PG_BIN/initdb' -D '$PG_DIR/data' -A trust -U postgres -E UTF8 >'$PG_DIR/initdb.log' 2>&1" || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  "${PG_AS[@]}" "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -o \"-p $PG_PORT -k '$PG_DIR' -c listen_addresses=localhost -c fsync=off\" start >/dev/null" || { cat "$PG_DIR/server.log" >&2; return 1; }
  "${PG_AS[@]}" "'$PG_BIN/createdb' -h localhost -p $PG_PORT -U postgres bulletins_test" || return 1
  export BULLETINS_TEST_POSTGRES="Host=localhost;Port=$PG_PORT;Username=postgres;Database=bulletins_test"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on localhost:$PG_PORT for the archive tests" >&2
}

postgres_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  # From /: the postgres user may not enter the working directory, and pg_ctl would say so after the run's summary line.
  (cd / && "${PG_AS[@]}" "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m fast -w stop >/dev/null") || true
  rm -rf "$PG_DIR"
  unset PG_DIR BULLETINS_TEST_POSTGRES
}
