#!/usr/bin/env bash
# Builds the module users install (Release) into artifacts/module/Bulletins/<version>/, restoring the
# project's pinned pwsh first. Arguments go to `dotnet build` (e.g. -v quiet).
set -euo pipefail
cd "$(dirname "$0")"
dotnet tool restore >/dev/null
dotnet build module/Bulletins -c Release -nologo "$@"
