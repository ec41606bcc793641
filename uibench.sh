#!/usr/bin/env bash
# The UI benchmark of issue 11 (figures in docs/performance.md): builds Release, then runs
# tools/SalesPlanning.UiBenchmark, which starts the app with the demo company on a throwaway
# PostgreSQL cluster and measures, in Debian's Chromium, time to interactive of the director's home,
# the breakdown editor and My weeks, and the server's managed heap per live circuit.
#
#   ./uibench.sh                 20 pages open at once, 10 timed loads per page
#   ./uibench.sh --pages 40 --runs 20
#   ./uibench.sh --database "Host=127.0.0.1;Port=P;Username=postgres;Database=D"
#                                the full-scale company a running ./bench.sh --hold seeded (issue 17)
#   ./uibench.sh --database "…" --environment Production
#                                the app as published: scripts and styles cached by the browser
#   ./uibench.sh --runs 0        memory per circuit only
#   ./uibench.sh --pages 0       time to interactive only
#
# Needs /usr/bin/chromium (apt-get install chromium). Not part of ./test.sh; CI does not run it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

PROJECT=tools/SalesPlanning.UiBenchmark/SalesPlanning.UiBenchmark.csproj
DLL=tools/SalesPlanning.UiBenchmark/bin/Release/net10.0/SalesPlanning.UiBenchmark.dll

printf 'uibench.sh: building %s (Release)\n' "$PROJECT"
dotnet build "$PROJECT" -c Release -nologo -v quiet
exec dotnet "$DLL" "$@"
