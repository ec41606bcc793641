#!/usr/bin/env bash
# Runs the scale benchmark of DESIGN §8 (figures in docs/performance.md): builds Release, then runs
# tools/SalesPlanning.Benchmark, which seeds a synthetic company and times the services users wait on.
#
#   ./bench.sh                the full company: 100 regions, 2,000 reps, 300 products, three years (a few minutes)
#   ./bench.sh --quick        a smaller company (under a minute)
#   ./bench.sh --help         every option (--iterations N, --warmup N, --trace, --hold, --concurrent, --duration)
#   ./bench.sh --concurrent 1,8,32 [--duration 20]
#                             concurrent mode instead: the web app (Production) hosted on the seeded company and, for each
#                             number of users and each operation, that many signed-in users calling its HTTP API in a loop
#                             for the duration (seconds); plus the best single SQL of the heaviest reads beside the API's
#                             median. Add --quick to try it on the smaller company.
#
# It starts its own throwaway PostgreSQL cluster and stops it when it ends (also on Ctrl-C), or uses the
# server in SALESPLANNING_TEST_PG (an admin connection string; its database is dropped at the end).
# It is not part of ./test.sh and CI does not run it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

PROJECT=tools/SalesPlanning.Benchmark/SalesPlanning.Benchmark.csproj
DLL=tools/SalesPlanning.Benchmark/bin/Release/net10.0/SalesPlanning.Benchmark.dll

printf 'bench.sh: building %s (Release)\n' "$PROJECT"
dotnet build "$PROJECT" -c Release -nologo -v quiet
# exec: Ctrl-C goes straight to the benchmark, which stops its cluster before it exits.
exec dotnet "$DLL" "$@"
