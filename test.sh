#!/usr/bin/env bash
# Builds the solution and runs every test project (tests/*Tests/*.csproj), one after another.
# The last line printed is the total, exactly "N passed, N failed"; the exit code is non-zero
# when a test failed, a project could not run, or nothing passed.
#
# As root it first installs what the tests need and is missing: chromium and fonts-noto-cjk
# (browser tests) and the PostgreSQL server binaries (each test run starts throwaway clusters).
#
# Environment:
#   SALESPLANNING_TEST_FILTER   passed to `dotnet test --filter`
#   SALESPLANNING_TEST_PG       admin connection string of an existing server for the tests to use
#                               instead of throwaway clusters (see tests/SalesPlanning.TestSupport)
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
OUT=test-output

say() { printf 'test.sh: %s\n' "$*"; }

have_pg_server() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null 2>&1
}

install_missing() {
    [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1 || return 0
    local pkgs=()
    command -v chromium >/dev/null 2>&1 || pkgs+=(chromium)
    dpkg -s fonts-noto-cjk >/dev/null 2>&1 || pkgs+=(fonts-noto-cjk)
    have_pg_server || pkgs+=(postgresql-15)
    ((${#pkgs[@]})) || return 0

    say "installing ${pkgs[*]}"
    if [[ " ${pkgs[*]} " == *" postgresql-15 "* ]]; then
        # The tests start their own clusters: stop the package from creating (and starting) 'main'.
        mkdir -p /etc/postgresql-common
        grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf \
            || echo 'create_main_cluster = false' >>/etc/postgresql-common/createcluster.conf
    fi
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${pkgs[@]}" >/dev/null; }; then
        say "warning: could not install ${pkgs[*]}; tests that need them will fail"
    fi
}

# Prints "PASSED FAILED" from a TRX file's <Counters> element (failed includes error, timeout, aborted).
trx_counts() {
    local counters attr value passed failed=0
    counters="$(tr '\r\n' '  ' <"$1" | grep -o '<Counters [^>]*>' | head -n 1)"
    [[ -n "$counters" ]] || return 1
    passed="$(printf '%s' "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')"
    for attr in failed error timeout aborted; do
        value="$(printf '%s' "$counters" | sed -n "s/.* $attr=\"\\([0-9]*\\)\".*/\\1/p")"
        failed=$((failed + ${value:-0}))
    done
    echo "${passed:-0} $failed"
}

install_missing

say "building SalesPlanning.sln (Release)"
if ! dotnet build SalesPlanning.sln -c Release -nologo; then
    say "the build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

mkdir -p "$OUT"
shopt -s nullglob
projects=(tests/*Tests/*.csproj)
total_passed=0
total_failed=0
summary=()

for proj in "${projects[@]}"; do
    name="$(basename "$proj" .csproj)"
    trx="$OUT/$name.trx"
    rm -f "$trx"
    args=(test "$proj" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$OUT")
    [[ -n "${SALESPLANNING_TEST_FILTER:-}" ]] && args+=(--filter "$SALESPLANNING_TEST_FILTER")

    say "running $name"
    dotnet "${args[@]}"
    rc=$?

    passed=0
    failed=0
    if [[ -f "$trx" ]] && counts="$(trx_counts "$trx")"; then
        read -r passed failed <<<"$counts"
        if [[ "$rc" -ne 0 && "$failed" -eq 0 ]]; then
            say "$name: dotnet test exited with code $rc although no test failed (crash or abort?): counted as 1 failed"
            failed=1
        fi
    else
        say "$name: no test results ($trx), dotnet test exited with code $rc: counted as 1 failed"
        failed=1
    fi
    summary+=("$name: $passed passed, $failed failed")
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
done

if ((${#projects[@]} == 0)); then
    say "no test projects found (tests/*Tests/*.csproj)"
fi
for line in "${summary[@]}"; do
    say "$line"
done
echo "$total_passed passed, $total_failed failed"
if ((total_failed > 0 || total_passed == 0)); then
    exit 1
fi
exit 0
