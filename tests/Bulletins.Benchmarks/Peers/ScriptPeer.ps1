# What a PowerShell user writes without the module, as the speed issue found two users writing it:
# read the whole file, split it into articles with one regular expression (a blank line followed by
# a title, a blank line and `Source:`), and make a [pscustomobject] per article with the title, the
# source, the paragraphs and the arrests count. It is kept as a user writes it, not tuned.
param([string] $Path)

$text = [System.IO.File]::ReadAllText($Path) -replace "`r`n", "`n"
foreach ($chunk in $text -split '\n[ \t]*\n(?=[^\n]+\n[ \t]*\nSource:)') {
    if ($chunk -notmatch '^\s*([^\n]+)\n\s*\nSource:[ \t]*([^\n]*)') { continue }
    $title = $Matches[1].Trim()
    $source = $Matches[2].Trim()
    $body = $chunk.Substring($Matches[0].Length).Trim()
    [pscustomobject]@{
        Title      = $title
        Source     = $source
        Paragraphs = $body -split '\n[ \t]*\n'
        Arrests    = if ($body -match '(\d+) (?:people |suspects )?(?:were |have been )?arrest') { [int]$Matches[1] } else { $null }
    }
}
