#!/usr/bin/env bash
# Builds and runs every test project in Routing.sln against a throwaway PostgreSQL server, then prints
# one summary line: "N passed, N failed, N skipped". Exits non-zero when the build or any test fails.
# Extra arguments go to `dotnet test`, for example: ./test.sh --filter 'FullyQualifiedName~Postgres'
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pgdir=$(mktemp -d -t routing-postgres.XXXXXX)
results=$(mktemp -d -t routing-test-results.XXXXXX)
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  tests/scripts/postgres.sh stop "$pgdir" || true
  rm -rf "$results"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

env_lines=$(tests/scripts/postgres.sh start "$pgdir")
eval "$env_lines"

rc=0
# Build the whole solution first: `dotnet test` alone builds only test projects and what they reference, so a
# broken benchmark or load driver would go unnoticed.
dotnet build Routing.sln < /dev/null || rc=$?
# RoutingTestResultsRoot gives each test project its own results folder (tests/Directory.Build.props).
((rc == 0)) && dotnet test Routing.sln --no-build --logger trx -p:RoutingTestResultsRoot="$results" "$@" < /dev/null || rc=$?

# Sums one attribute of <Counters .../> over the TRX files, one per test project run.
count() {
  local files=("$results"/*/*.trx)
  [[ -e ${files[0]} ]] || { echo 0; return; }
  grep -ho "<Counters [^>]*>" "${files[@]}" |
    grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{ n += $1 } END { print n + 0 }'
}
passed=$(count passed)
failed=$(($(count failed) + $(count error) + $(count timeout) + $(count aborted)))
skipped=$(($(count total) - $(count executed)))

if ((failed > 0 && rc == 0)); then
  rc=1
elif ((rc != 0 && failed == 0)); then
  echo "dotnet test exited with $rc before reporting a failed test: see the build or test host output above."
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$rc"
