#!/usr/bin/env bash
# Regenerates docs/powershell.md: runs every command of docs/powershell-tour.txt in real pwsh (the
# project's pinned 7.6.9 through ./pwsh.sh, over the Release module layout ./build.sh makes), one fresh
# pwsh per command, and pastes its real output under it. Output is plain text (no ANSI colours) at 120
# columns: each command's output goes through `Out-String -Stream -Width 120`, errors and warnings
# included (*>&1), since a redirected pwsh would otherwise format at 80.
# Usage: docs/powershell-tour.sh [OUT] (from a clone with ../shared beside it). OUT, by default
# docs/powershell.md, is where the page goes (a test writes a re-run elsewhere to compare it with the page);
# BULLETINS_TOUR_NO_BUILD=1 skips ./build.sh, for a caller that has just built the module.
set -euo pipefail
out=$(realpath -m "${1:-$(dirname "$0")/powershell.md}")
cd "$(dirname "$0")/.."
root=$PWD
[ "${BULLETINS_TOUR_NO_BUILD:-}" = 1 ] || ./build.sh -v quiet >/dev/null
seed=$(realpath ../shared/seeds/000_e349464e1e009bb6.txt)
# A fixed folder, so that the paths in the output do not change from one run to the next or from one
# clone to another; a lock makes a second run (another clone's) wait instead of emptying it mid-run.
work=${TMPDIR:-/tmp}/bulletins-tour
exec 9>"$work.lock"
flock 9
rm -rf "$work" && mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
# Find the pinned pwsh once for the many it starts.
BULLETINS_PWSH_DLL=$(./pwsh.sh -NonInteractive -Command '(Join-Path $PSHOME pwsh.dll)')
export BULLETINS_PWSH_DLL
# A bulletin the code has never seen, with a problem in it: a stray page header before the first article.
cp tests/Pester/Bulletins/judicial.txt "$work/judicial.txt"
printf '\nPAGE 1 OF 2\n\n' | cat - tests/Pester/Bulletins/harbour.txt > "$work/harbour.txt"
# Bulletins written blind by QA (CRLF, UTF-16, no final newline among them) that no code was tuned on.
blind=tests/Bulletins.Tests/EndToEnd/Bulletins
mkdir "$work/unseen" && cp "$blind"/{nato-programmes-visits-meetings,europol-operations-crlf,eurojust-utf16,mixed-kinds,europol-cyber-takedown,nato-partners-no-final-newline}.txt "$work/unseen/"

{
  cat docs/powershell.intro.md
  while IFS= read -r line; do
    case "$line" in
      '#'*) printf '\n## %s\n\n' "${line#\# }" ;;
      '') ;;
      *)
        printf '```powershell\n%s\n```\n\n```text\n' "$line"
        (cd "$work" && SEED="$seed" "$root/pwsh.sh" -NonInteractive -Command "\$PSStyle.OutputRendering = 'PlainText'; \$seed = \$env:SEED; & { $line } *>&1 | Out-String -Stream -Width 120" 2>&1 \
          | sed -e 's/[[:space:]]*$//' | cat -s) || true
        printf '```\n\n'
        ;;
    esac
  done < docs/powershell-tour.txt
} | cat -s > "$out"
echo "wrote $out"
