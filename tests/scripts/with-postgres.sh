#!/usr/bin/env bash
# Runs one command against a throwaway PostgreSQL server, with ROUTING_TEST_POSTGRES exported,
# and stops the server whatever happens. Exits with the command's exit code.
#
#   tests/scripts/with-postgres.sh dotnet run -c Release --project tests/Routing.Benchmarks -- --filter '*Storage*'
set -euo pipefail

(($# > 0)) || { echo "usage: with-postgres.sh COMMAND [ARGS...]" >&2; exit 2; }

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pgdir=$(mktemp -d -t routing-postgres.XXXXXX)
trap '"$scripts/postgres.sh" stop "$pgdir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

env_lines=$("$scripts/postgres.sh" start "$pgdir")
eval "$env_lines"

rc=0
"$@" || rc=$?
exit "$rc"
