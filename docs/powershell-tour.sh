#!/usr/bin/env bash
# Regenerates docs/powershell.md: runs every command of the tour through Bulletins.Shell and pastes
# its real output under it. Usage: docs/powershell-tour.sh (from a clone with ../shared beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Bulletins.Shell -v quiet -nologo >/dev/null
shell="dotnet $PWD/src/Bulletins.Shell/bin/Debug/net10.0/Bulletins.Shell.dll"
seed=../shared/seeds/000_e349464e1e009bb6.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A bulletin the code has never seen, with a problem in it: a stray page header before the first article.
cp tests/Bulletins.Module.Tests/Bulletins/judicial.txt "$work/judicial.txt"
printf '\nPAGE 1 OF 2\n\n' | cat - tests/Bulletins.Module.Tests/Bulletins/harbour.txt > "$work/harbour.txt"
# Bulletins written blind by QA (CRLF, UTF-16, no final newline among them) that no code was tuned on.
mkdir "$work/qa" && cp tests/Bulletins.Tests/EndToEnd/Bulletins/qa_*.txt "$work/qa/"

out=docs/powershell.md
{
  cat docs/powershell.intro.md
  while IFS= read -r line; do
    case "$line" in
      '#'*) printf '\n## %s\n\n' "${line#\# }" ;;
      '') ;;
      *)
        printf '```powershell\n%s\n```\n\n```text\n' "$line"
        (cd "$work" && SEED="$(realpath "$OLDPWD/$seed")" COLUMNS=120 $shell -Command "\$seed = \$env:SEED; $line" 2>&1 | sed -e 's/[[:space:]]*$//' | cat -s) || true
        printf '```\n'
        ;;
    esac
  done < docs/powershell-tour.txt
} > "$out"
echo "wrote $out"
