# Dot-sourced by every test file in its BeforeAll: where things are, and a fresh pwsh on demand.

# The repository root, the seed bulletin (../shared beside the clone) and the built module layout.
$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path
$SeedPath = (Resolve-Path (Join-Path $RepoRoot '../shared/seeds/000_e349464e1e009bb6.txt')).Path
$ModuleLayoutRoot = Join-Path $RepoRoot 'artifacts/module'

function Invoke-FreshPwsh {
    <#
    .SYNOPSIS
    Runs a script block in a new pwsh process (the same pinned pwsh as this one) and returns its
    output, deserialized. For what one process cannot show twice: a module imported afresh, an
    install by name. The child inherits this process's PSModulePath and current directory.
    #>
    param(
        [Parameter(Mandatory)] [scriptblock] $ScriptBlock,
        [object[]] $ArgumentList = @()
    )
    # Under `dotnet tool run pwsh` this process is dotnet running pwsh.dll: start the child the same
    # way (the apphost beside it would need DOTNET_ROOT on machines with only the SDK).
    $process = [Environment]::ProcessPath
    $pwsh = if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { @($process, (Join-Path $PSHOME 'pwsh.dll')) } else { @($process) }
    & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $ScriptBlock -args $ArgumentList
}
