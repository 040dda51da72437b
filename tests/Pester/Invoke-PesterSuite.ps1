<#
.SYNOPSIS
Runs the Pester suite in this pwsh process over the built module layout, and prints one summary line.

.DESCRIPTION
test.sh starts it in a fresh pwsh (the project's pinned tool), after a Release build of the module
has laid out artifacts/module/Bulletins/<version>/ and `dotnet restore` of Pester.Restore.csproj has
brought Pester. artifacts/module goes first on PSModulePath, so every test file imports the built
module by name (Import-Module Bulletins), as a user would. The last line is
`Pester: Failed: F, Passed: P, Skipped: S, Total: T`, which test.sh counts; the exit code is
non-zero when anything failed or no test ran.
#>
[CmdletBinding(PositionalBinding = $false)]
param(
    # Pester's output verbosity: None, Normal, Detailed or Diagnostic.
    [string] $Verbosity = 'Normal',
    # Test files or folders; the whole suite by default.
    [Parameter(ValueFromRemainingArguments)] [string[]] $Path = $PSScriptRoot
)
$ErrorActionPreference = 'Stop'
$repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

# Pester comes from its NuGet package; the restore's assets file says where and which version.
$assetsPath = Join-Path $PSScriptRoot 'obj/project.assets.json'
if (-not (Test-Path $assetsPath)) { throw "Pester is not restored: run 'dotnet restore $PSScriptRoot/Pester.Restore.csproj' first." }
$assets = Get-Content -Raw $assetsPath | ConvertFrom-Json -AsHashtable
$packageFolder = @($assets.packageFolders.Keys)[0]
$download = $assets.project.frameworks.Values.downloadDependencies | Where-Object name -eq 'Pester'
$pesterVersion = $download.version -replace '^\[([^,\]]+).*$', '$1'
Import-Module (Join-Path $packageFolder "pester/$pesterVersion/tools/Pester.psd1") -ErrorAction Stop

$moduleRoot = Join-Path $repoRoot 'artifacts/module'
if (-not (Test-Path (Join-Path $moduleRoot 'Bulletins'))) { throw "No module layout in $moduleRoot`: run ./build.sh (a Release build) first." }
$env:PSModulePath = $moduleRoot + [IO.Path]::PathSeparator + $env:PSModulePath

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = $Verbosity
$configuration.TestResult.Enabled = $true
$configuration.TestResult.OutputFormat = 'NUnitXml'
$configuration.TestResult.OutputPath = Join-Path $repoRoot 'artifacts/TestResults/pester.xml'
$result = Invoke-Pester -Configuration $configuration
if ($null -eq $result) { Write-Error 'Invoke-Pester returned no result: the run itself failed.' -ErrorAction Continue; exit 1 }

# A file or block that fails outside its tests fails the run too: a file that cannot be discovered,
# an AfterAll that throws. A BeforeAll that throws already fails every test under it; count it once.
function Get-BlockTest($block) { $block.Tests; foreach ($child in $block.Blocks) { Get-BlockTest $child } }
$failedBlocks = @($result.FailedBlocks | Where-Object { -not (Get-BlockTest $_ | Where-Object Result -eq 'Failed') })
$failed = $result.FailedCount + $failedBlocks.Count + $result.FailedContainersCount
"Pester: Failed: $failed, Passed: $($result.PassedCount), Skipped: $($result.SkippedCount), Total: $($result.TotalCount)"
if ($result.TotalCount -eq 0) { Write-Error 'The Pester suite ran no test.' -ErrorAction Continue; exit 1 }
exit ([Math]::Min($failed, 1))
