# Dot-sourced (after TestSupport.ps1, whose New-TestArticle writes one article) by test files that
# write small bulletins of their own in the seed's layout.

# A bulletin file: articles separated by one blank line; -NoFinalNewline leaves the last line open,
# as the seed does.
function New-TestBulletin([string] $Path, [string[]] $Articles, [switch] $NoFinalNewline) {
    $text = ($Articles | ForEach-Object { $_.TrimEnd("`n") }) -join "`n`n"
    if (-not $NoFinalNewline) { $text += "`n" }
    [IO.File]::WriteAllText($Path, $text)
    $Path
}
