# Dot-sourced by test files that write small bulletins of their own, in the seed's layout.

# One article: title, blank, Source, blank, paragraphs separated by blank lines.
function New-TestArticle([string] $Title, [string] $Source, [string[]] $Paragraphs) {
    (@($Title, '', "Source: $Source", '') + ($Paragraphs -join "`n`n")) -join "`n"
}

# A bulletin file: articles separated by a blank line; -NoFinalNewline leaves the last line open, as the seed does.
function New-TestBulletin([string] $Path, [string[]] $Articles, [switch] $NoFinalNewline) {
    $text = $Articles -join "`n`n"
    if (-not $NoFinalNewline) { $text += "`n" }
    [IO.File]::WriteAllText($Path, $text)
    $Path
}
