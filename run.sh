#!/usr/bin/env bash
# Runs SalesPlanning locally with a demo company.
#
#   ./run.sh            starts a private PostgreSQL cluster in .data/pg (created on the first run,
#                       reused afterwards), publishes the app to .data/app (Release) and runs it
#                       there in Production — the demo as users get it: error pages without stack
#                       traces — at http://127.0.0.1:5080. Developers who want Development (the
#                       exception page, hot reload) use `dotnet run --project src/SalesPlanning.Web`.
#   Ctrl-C              stops the app, then the cluster (if this script started it)
#
# Environment:
#   ConnectionStrings__SalesPlanning   use this database instead; no cluster is started
#   SALESPLANNING_PG_PORT              port of the private cluster (default 5433)
#   ASPNETCORE_URLS, ASPNETCORE_ENVIRONMENT, SalesPlanning__DemoData, SalesPlanning__DemoPlans   passed to the app
#                                      (defaults http://127.0.0.1:5080, Production, true, true)
#   SalesPlanning__Mail__Host (…__Port, …)   send notification mails through this SMTP server; unset: a local
#                                      catcher (smtp4dev, from the tool manifest) receives them, its web page
#                                      at http://127.0.0.1:5081 (SALESPLANNING_MAIL_WEB_PORT; SMTP port
#                                      SALESPLANNING_MAIL_SMTP_PORT, default 2525); when it cannot start, the
#                                      app writes each mail to its log instead
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT="$PWD"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

DATA_DIR="$ROOT/.data"
PGDATA_DIR="$DATA_DIR/pg"
APP_DIR="$DATA_DIR/app"
# Socket and server log: a directory the server user can write to.
PGRUN_DIR="$DATA_DIR/pg-run"
PG_LOG="$PGRUN_DIR/server.log"
OWNER_FILE="$PGRUN_DIR/owner.pid"
PG_PORT="${SALESPLANNING_PG_PORT:-5433}"
DB_NAME=salesplanning

APP_PID=""
MAIL_PID=""
MAIL_WEB_PORT="${SALESPLANNING_MAIL_WEB_PORT:-5081}"
MAIL_SMTP_PORT="${SALESPLANNING_MAIL_SMTP_PORT:-2525}"
CLUSTER_STARTED_HERE=0
PG_BIN=""

say() { printf 'run.sh: %s\n' "$*"; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- prerequisites

check_dotnet() {
    command -v dotnet >/dev/null 2>&1 \
        || die "The .NET 10 SDK (dotnet) was not found: install it from https://dotnet.microsoft.com/download/dotnet/10.0 (on Debian: apt-get install dotnet-sdk-10.0 from packages.microsoft.com)."
    dotnet --list-sdks 2>/dev/null | grep -q '^10\.' \
        || die "The .NET 10 SDK was not found (dotnet --list-sdks shows none): install it from https://dotnet.microsoft.com/download/dotnet/10.0."
}

# Sets PG_BIN to a directory holding initdb and pg_ctl: the newest /usr/lib/postgresql/*/bin, else PATH.
find_pg_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -rn); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then PG_BIN="$dir"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        PG_BIN="$(dirname "$(command -v initdb)")"
        return 0
    fi
    die "PostgreSQL server binaries (initdb, pg_ctl) not found: install them with \`apt-get install postgresql-15\`, or set ConnectionStrings__SalesPlanning to an existing database."
}

# psql from the server's bin directory, else PATH.
psql_cmd() {
    if [[ -x "$PG_BIN/psql" ]]; then echo "$PG_BIN/psql"; return 0; fi
    command -v psql 2>/dev/null \
        || die "The PostgreSQL client (psql) was not found: install it with \`apt-get install postgresql-client-15\`."
}

# ---------------------------------------------------------------- cluster

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# Runs a PostgreSQL tool; as root through the postgres user (initdb refuses root).
as_pg() {
    if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_postgres_user() {
    is_root || return 0
    id -u postgres >/dev/null 2>&1 && return 0
    say "creating the system user 'postgres' to run the database server"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
}

prepare_dirs() {
    mkdir -p "$PGDATA_DIR" "$PGRUN_DIR"
    chmod 700 "$PGDATA_DIR"
    if is_root; then
        chown -R postgres: "$PGDATA_DIR" "$PGRUN_DIR"
        runuser -u postgres -- test -w "$PGRUN_DIR" \
            || die "The 'postgres' user cannot reach $DATA_DIR (a parent directory is not traversable, e.g. under /root): clone the repository elsewhere, or set ConnectionStrings__SalesPlanning."
    fi
}

init_cluster() {
    if [[ -f "$PGDATA_DIR/PG_VERSION" ]]; then
        return 0
    fi
    if [[ -n "$(ls -A "$PGDATA_DIR" 2>/dev/null)" ]]; then
        die "$PGDATA_DIR is not empty but holds no cluster (PG_VERSION missing): remove it and run again."
    fi
    say "creating a PostgreSQL cluster in .data/pg (first run)"
    as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PGRUN_DIR/initdb.log" 2>&1 \
        || { cat "$PGRUN_DIR/initdb.log" >&2; die "initdb failed (output above)."; }
}

# Port a running server listens on (line 4 of postmaster.pid).
running_port() { sed -n 4p "$PGDATA_DIR/postmaster.pid" 2>/dev/null; }

server_running() { as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; }

wait_for_connections() {
    local i
    for i in $(seq 1 50); do
        "$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc 'SELECT 1' >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    return 1
}

start_cluster() {
    if server_running; then
        # Left running, e.g. by a run that was killed: reuse it on the port it has.
        local port owner
        port="$(running_port)"
        [[ -n "$port" ]] && PG_PORT="$port"
        if wait_for_connections; then
            owner="$(cat "$OWNER_FILE" 2>/dev/null || true)"
            if [[ -n "$owner" && "$owner" != "$$" ]] && kill -0 "$owner" 2>/dev/null; then
                say "reusing the PostgreSQL server on port $PG_PORT started by another run.sh (pid $owner); it stays running"
            else
                say "reusing the PostgreSQL server on port $PG_PORT left running by an earlier run; it will be stopped on exit"
                echo $$ >"$OWNER_FILE"
                CLUSTER_STARTED_HERE=1
            fi
            return 0
        fi
        # A server that died a moment ago can look alive until its process is reaped.
        server_running \
            && die "A server seems to run on .data/pg (postmaster.pid) but does not answer on 127.0.0.1:$PG_PORT: stop it, or remove .data/pg/postmaster.pid if no postgres process is left."
        PG_PORT="${SALESPLANNING_PG_PORT:-5433}"
    fi

    say "starting PostgreSQL on 127.0.0.1:$PG_PORT (data in .data/pg, log in .data/pg-run/server.log)"
    local socket_opt="-k '$PGRUN_DIR'"
    # A unix socket path is limited to ~107 bytes; we connect over TCP anyway.
    (( ${#PGRUN_DIR} > 90 )) && socket_opt="-c unix_socket_directories=''"
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t 60 \
            -o "-p $PG_PORT $socket_opt -c listen_addresses=127.0.0.1" start >/dev/null; then
        tail -n 20 "$PG_LOG" >&2 || true
        die "PostgreSQL did not start (log above). If port $PG_PORT is taken, choose another with SALESPLANNING_PG_PORT=NNNN ./run.sh"
    fi
    echo $$ >"$OWNER_FILE"
    CLUSTER_STARTED_HERE=1
    wait_for_connections || die "PostgreSQL started but does not accept connections on 127.0.0.1:$PG_PORT (see $PG_LOG)."
}

stop_cluster() {
    [[ "$CLUSTER_STARTED_HERE" -eq 1 ]] || return 0
    CLUSTER_STARTED_HERE=0
    say "stopping PostgreSQL"
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null 2>&1 \
        || as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w stop >/dev/null 2>&1 || true
    rm -f "$OWNER_FILE"
}

create_database() {
    local exists
    exists="$("$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")"
    if [[ "$exists" != "1" ]]; then
        say "creating database $DB_NAME"
        "$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qc "CREATE DATABASE $DB_NAME" >/dev/null
    fi
}

# ---------------------------------------------------------------- app

stop_app() {
    [[ -n "$APP_PID" ]] || return 0
    if kill -0 -- "-$APP_PID" 2>/dev/null; then
        say "stopping the app"
        # The app runs in its own process group (set -m): signal it and anything it started together.
        # SIGTERM, not SIGINT: SIGINT may be ignored when this script itself was started in the background.
        kill -TERM -- "-$APP_PID" 2>/dev/null || true
        local i
        for i in $(seq 1 100); do
            kill -0 -- "-$APP_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL -- "-$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

# ---------------------------------------------------------------- mail catcher

# smtp4dev (dotnet tool, pinned in .config/dotnet-tools.json): an SMTP server that keeps what it receives
# and shows it on a web page, so a newcomer sees the notification mails. Messages live in memory only.
start_mail_catcher() {
    if [[ -n "${SalesPlanning__Mail__Host:-}" ]]; then
        say "notification mails go to the SMTP server $SalesPlanning__Mail__Host"
        return 0
    fi
    local web="http://127.0.0.1:$MAIL_WEB_PORT"
    if ! dotnet tool restore >"$DATA_DIR/tools.log" 2>&1; then
        say "could not restore smtp4dev (see .data/tools.log): notification mails are written to the app's log instead"
        return 0
    fi
    set -m
    dotnet tool run smtp4dev -- --urls="$web" --smtpport="$MAIL_SMTP_PORT" --imapport=0 --pop3port=0 --db="" \
        --baseappdatapath="$DATA_DIR/smtp4dev" --nousersettings >"$DATA_DIR/smtp4dev.log" 2>&1 &
    MAIL_PID=$!
    set +m
    local i
    for i in $(seq 1 120); do
        kill -0 "$MAIL_PID" 2>/dev/null || break
        if command -v curl >/dev/null 2>&1 && curl -fsS -o /dev/null "$web/" 2>/dev/null; then
            export SalesPlanning__Mail__Host=127.0.0.1 SalesPlanning__Mail__Port="$MAIL_SMTP_PORT" SalesPlanning__Mail__Security=None
            say "notification mails: $web (smtp4dev, SMTP on port $MAIL_SMTP_PORT)"
            return 0
        fi
        sleep 0.5
    done
    stop_mail_catcher
    say "smtp4dev did not start (see .data/smtp4dev.log): notification mails are written to the app's log instead"
}

stop_mail_catcher() {
    [[ -n "$MAIL_PID" ]] || return 0
    kill -TERM -- "-$MAIL_PID" 2>/dev/null || kill -TERM "$MAIL_PID" 2>/dev/null || true
    wait "$MAIL_PID" 2>/dev/null || true
    MAIL_PID=""
}

cleanup() {
    trap - INT TERM EXIT
    stop_app
    stop_mail_catcher
    stop_cluster
}

trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap 'cleanup' EXIT

main() {
    check_dotnet

    export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
    export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
    export SalesPlanning__DemoData="${SalesPlanning__DemoData:-true}"
    export SalesPlanning__DemoPlans="${SalesPlanning__DemoPlans:-true}"
    local url="${ASPNETCORE_URLS%%;*}"
    url="${url/\/\/+:/\/\/localhost:}"
    url="${url/\/\/\*:/\/\/localhost:}"
    url="${url/\/\/0.0.0.0:/\/\/localhost:}"

    if command -v curl >/dev/null 2>&1 && curl -s -o /dev/null --max-time 2 "$url/" 2>/dev/null; then
        die "Something already answers at $url (another run?): stop it, or choose another address with ASPNETCORE_URLS=http://127.0.0.1:NNNN ./run.sh"
    fi

    if [[ -n "${ConnectionStrings__SalesPlanning:-}" ]]; then
        say "using ConnectionStrings__SalesPlanning from the environment; no local PostgreSQL is started"
    else
        find_pg_bin
        PSQL="$(psql_cmd)"
        ensure_postgres_user
        prepare_dirs
        init_cluster
        start_cluster
        create_database
        export ConnectionStrings__SalesPlanning="Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=postgres"
    fi

    mkdir -p "$DATA_DIR"
    start_mail_catcher
    # Links in mails point at this app.
    export SalesPlanning__PublicUrl="${SalesPlanning__PublicUrl:-$url/}"
    say "publishing SalesPlanning to .data/app (the first run restores and builds; that takes a minute)"
    dotnet publish src/SalesPlanning.Web -c Release -o "$APP_DIR" -nologo -v quiet >"$DATA_DIR/publish.log" 2>&1 \
        || { cat "$DATA_DIR/publish.log" >&2; die "publishing the app failed (the log is above and in .data/publish.log)"; }
    say "starting SalesPlanning in $ASPNETCORE_ENVIRONMENT at $url"
    # Own process group, so that Ctrl-C reaches this script first and we stop the app, then the cluster.
    # The published files are the content root (settings, web assets); logs/ stays in the repository.
    set -m
    dotnet "$APP_DIR/SalesPlanning.Web.dll" --contentRoot "$APP_DIR" &
    APP_PID=$!
    set +m

    if command -v curl >/dev/null 2>&1; then
        local i
        for i in $(seq 1 600); do
            kill -0 "$APP_PID" 2>/dev/null || break
            if curl -fsS -o /dev/null "$url/health/live" 2>/dev/null; then
                say "SalesPlanning is running at $url  (Ctrl-C to stop)"
                break
            fi
            sleep 0.5
        done
    fi

    local rc=0
    wait "$APP_PID" || rc=$?
    APP_PID=""
    if [[ "$rc" -ne 0 ]]; then
        say "the app exited with code $rc"
    fi
    return "$rc"
}

main "$@"
