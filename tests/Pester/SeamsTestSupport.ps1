# Shared by the seams tests: imports the built module and writes small bulletins in the seed's style.
# BULLETINS_MODULE names the manifest or module folder to test; by default the Release build.
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:ModuleToTest = if ($env:BULLETINS_MODULE) { $env:BULLETINS_MODULE } else {
    Join-Path $RepoRoot 'module/Bulletins/bin/Release/net10.0/Bulletins.psd1'
}
Import-Module $ModuleToTest -Force -ErrorAction Stop
$script:SeedPath = Join-Path $RepoRoot '../shared/seeds/000_e349464e1e009bb6.txt'

# One article in the seed's layout: title, blank, Source, blank, paragraphs separated by blank lines.
function New-TestArticle([string] $Title, [string] $Source, [string[]] $Paragraphs) {
    (@($Title, '', "Source: $Source", '') + ($Paragraphs -join "`n`n")) -join "`n"
}

# A bulletin: articles separated by a blank line; -NoFinalNewline leaves the last line open, as the seed does.
function New-TestBulletin([string] $Path, [string[]] $Articles, [switch] $NoFinalNewline) {
    $text = $Articles -join "`n`n"
    if (-not $NoFinalNewline) { $text += "`n" }
    [IO.File]::WriteAllText($Path, $text)
    $Path
}
