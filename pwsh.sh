#!/usr/bin/env bash
# The project's pinned pwsh (dotnet-tools.json) with the built module first on PSModulePath, so that
# `Import-Module Bulletins` (or any Bulletins cmdlet) loads artifacts/module/Bulletins/<version>/.
# Arguments go to pwsh, which runs in the caller's directory:
#   ./pwsh.sh -Command 'Import-Bulletin ../shared/seeds/*.txt'
# Run ./build.sh first.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
[ -d "$root/artifacts/module/Bulletins" ] || { echo "no module layout in $root/artifacts/module: run ./build.sh first" >&2; exit 1; }
export PSModulePath="$root/artifacts/module${PSModulePath:+:$PSModulePath}"
# `dotnet tool run` only works below the manifest, so start the restored tool's pwsh.dll directly.
# BULLETINS_PWSH_DLL (set by a caller that starts many) skips finding it again.
if [ -z "${BULLETINS_PWSH_DLL:-}" ]; then
  (cd "$root" && dotnet tool restore >/dev/null)
  version=$(grep -o '"version": *"[^"]*"' "$root/dotnet-tools.json" | head -n 1 | cut -d'"' -f4)
  packages=$(cd "$root" && dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')
  BULLETINS_PWSH_DLL="${packages%/}/powershell/$version/tools/net10.0/any/unix/pwsh.dll"
fi
exec dotnet "$BULLETINS_PWSH_DLL" -NoLogo -NoProfile "$@"
