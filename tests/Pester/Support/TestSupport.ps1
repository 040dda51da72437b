# Dot-sourced by every test file in its BeforeAll: where things are, and a fresh pwsh on demand.

# The repository root, the seed bulletin (../shared beside the clone) and the built module layout.
$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path
$SeedPath = (Resolve-Path (Join-Path $RepoRoot '../shared/seeds/000_e349464e1e009bb6.txt')).Path
$ModuleLayoutRoot = Join-Path $RepoRoot 'artifacts/module'

# The version, set once in Directory.Build.props (the manifest, the assemblies and the packages read it).
$ModuleVersion = & {
    [xml] $props = Get-Content -Raw (Join-Path $RepoRoot 'Directory.Build.props')
    $props.Project.PropertyGroup.Version | Where-Object { $_ } | Select-Object -First 1
}

# The kind names schema/articles.yaml declares (the `  - name:` entries of its top-level `kinds:`), so
# that no test hard-codes how many kinds there are.
$SchemaKindNames = & {
    $inKinds = $false
    foreach ($line in Get-Content (Join-Path $RepoRoot 'schema/articles.yaml')) {
        if ($line -match '^\S') { $inKinds = $line -match '^kinds:' }
        elseif ($inKinds -and $line -match '^  - name:\s*(\S+)') { $Matches[1] }
    }
}

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

function Invoke-PwshText {
    <#
    .SYNOPSIS
    Runs a command line in a new pwsh process, as a script or CI job would (`pwsh -Command '...'`),
    and returns what it printed (stdout and stderr merged, one string) and its exit code. For what
    only the process shows: host output such as -WhatIf messages, errors on stderr, exit codes.
    #>
    param([Parameter(Mandatory)] [string] $Command)
    $process = [Environment]::ProcessPath
    $pwsh = if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { @($process, (Join-Path $PSHOME 'pwsh.dll')) } else { @($process) }
    $text = & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $Command 2>&1 | Out-String
    [pscustomobject]@{ Text = $text; ExitCode = $LASTEXITCODE }
}

# The test bulletins written for these tests, in the seed's style (tests/Pester/Bulletins).
$TestBulletins = Join-Path $PSScriptRoot '../Bulletins'
$HarbourPath = (Resolve-Path (Join-Path $TestBulletins 'harbour.txt')).Path
$JudicialPath = (Resolve-Path (Join-Path $TestBulletins 'judicial.txt')).Path

function New-TestArticle {
    <# One article in the bulletin format: title, blank, Source line, blank, paragraphs. #>
    param([string] $Title, [string] $Source, [string[]] $Paragraph)
    "$Title`n`nSource: $Source`n`n$($Paragraph -join "`n`n")`n`n"
}
