#!/usr/bin/env bash
# Runs every suite and ends with one line: `tests: N passed, N failed[, N skipped]`.
#   ./test.sh                 everything: xunit (dotnet test Bulletins.sln) and Pester (tests/Pester)
#   ./test.sh pester [FILE]   the Pester suite alone, or some of its files
#   ./test.sh xunit [ARG]     the xunit suites alone; ARGs go to dotnet test (e.g. --filter ...)
# It needs only the .NET SDK: it restores the pinned pwsh and Pester itself, builds everything once in
# Release (which lays out the module in artifacts/module/Bulletins/<version>/), runs xunit over that
# build, then the Pester suite in a fresh pwsh that imports the laid-out module by name. It exits
# non-zero on any failed test, a failed build or restore, or a suite that reports nothing.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

suite=${1:-all}
[ $# -gt 0 ] && shift
case "$suite" in all|xunit|pester) ;; *) echo "usage: ./test.sh [all | xunit [dotnet test args] | pester [files]]" >&2; exit 2 ;; esac

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
broken=0   # a build, a restore or a suite that failed before its tests could report

step() { # step NAME COMMAND...: runs a command that must succeed for the suites to mean anything
  local name=$1; shift
  if ! "$@"; then echo "test.sh: $name failed" >&2; broken=$((broken + 1)); return 1; fi
}

step "tool restore (pwsh)" dotnet tool restore >/dev/null
if [ "$suite" = pester ]; then
  step "Release build of the module" dotnet build module/Bulletins -c Release -nologo -v quiet
else
  step "Release build" dotnet build Bulletins.sln -c Release -nologo -v quiet
fi
built=$?

if [ "$suite" != pester ] && [ $built -eq 0 ]; then
  dotnet test Bulletins.sln -c Release --no-build "$@" 2>&1 | tee "$logs/xunit"
  rc=${PIPESTATUS[0]}
  # Each test project prints `Passed!  - Failed: F, Passed: P, Skipped: S, Total: T` (or `Failed!`).
  if ! grep -qE '(Passed|Failed)! +- +Failed: ' "$logs/xunit"; then
    echo "test.sh: no xunit project reported results" >&2; broken=$((broken + 1))
  elif [ "$rc" -ne 0 ] && ! grep -qE 'Failed! +- +Failed: ' "$logs/xunit"; then
    echo "test.sh: dotnet test failed (exit $rc) outside any test" >&2; broken=$((broken + 1))
  fi
fi

if [ "$suite" != xunit ] && [ $built -eq 0 ] && step "Pester restore" dotnet restore tests/Pester/Pester.Restore.csproj -v quiet; then
  pester=(dotnet tool run pwsh -NoLogo -NoProfile -NonInteractive -File tests/Pester/Invoke-PesterSuite.ps1)
  [ "$suite" = pester ] && [ $# -gt 0 ] && pester+=("$@")
  "${pester[@]}" 2>&1 | tee "$logs/pester"
  rc=${PIPESTATUS[0]}
  # Invoke-PesterSuite.ps1 ends with `Pester: Failed: F, Passed: P, Skipped: S, Total: T`.
  if ! grep -qE '^Pester: Failed: ([1-9][0-9]*, |[0-9]+, .*Total: [1-9])' "$logs/pester"; then
    echo "test.sh: the Pester suite reported no results (exit $rc)" >&2; broken=$((broken + 1))
  elif [ "$rc" -ne 0 ] && grep -qE '^Pester: Failed: 0,' "$logs/pester"; then
    echo "test.sh: the Pester suite failed (exit $rc) outside any test" >&2; broken=$((broken + 1))
  fi
fi

read -r passed failed skipped < <(cat "$logs"/* 2>/dev/null | grep -E '(Passed|Failed)! +- +Failed: |^Pester: Failed: ' | awk '
  { for (i = 1; i < NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
  END { printf "%d %d %d\n", p, f, s }')
failed=$((failed + broken))
line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
