# `Import-Bulletin | Export-Bulletin -Format JsonLines` over one corpus in a fresh real pwsh, printing
# this process's peak working set: what a user's session holds while streaming a big bulletin.
param([Parameter(Mandatory)] [string] $Module, [Parameter(Mandatory)] [string] $Path, [Parameter(Mandatory)] [string] $Out)
$ErrorActionPreference = 'Stop'
Import-Module $Module
Import-Bulletin -LiteralPath $Path | Export-Bulletin -Format JsonLines -LiteralPath $Out -Force
Remove-Item -LiteralPath $Out
$process = [System.Diagnostics.Process]::GetCurrentProcess()
$process.Refresh()
[string]::Format([cultureinfo]::InvariantCulture, 'peak-mb: {0}', $process.PeakWorkingSet64 / 1MB)
