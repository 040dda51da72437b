# The cases a user feels, run in one real pwsh process (the project's pinned tool) and timed inside
# it, so that pwsh's start-up and the module's import are not counted. Each case runs once on the
# small warm-up corpus (JIT, regex construction), then -Repeat times on the big one; it prints one
# `case: <best wall seconds> <cpu seconds of that run>` line per case, invariant culture.
param(
    [Parameter(Mandatory)] [string] $Module,
    [Parameter(Mandatory)] [string] $Path,
    [Parameter(Mandatory)] [string] $WarmUpPath,
    [Parameter(Mandatory)] [string] $ScriptPeer,
    [string[]] $Case = @('script', 'module', 'module-select'),
    [int] $Repeat = 2
)
$ErrorActionPreference = 'Stop'
Import-Module $Module

$cases = [ordered]@{
    'script'        = { param($p) & $ScriptPeer -Path $p | Out-Null }
    'module'        = { param($p) Import-Bulletin -LiteralPath $p | Out-Null }
    'module-select' = { param($p) Import-Bulletin -LiteralPath $p | Where-Object Kind -eq Speech | Select-Object Title, Source | Out-Null }
}
$process = [System.Diagnostics.Process]::GetCurrentProcess()
foreach ($name in $Case) {
    $body = $cases[$name]
    & $body $WarmUpPath
    $best = [double]::MaxValue; $bestCpu = 0.0
    for ($i = 0; $i -lt $Repeat; $i++) {
        [GC]::Collect()
        $process.Refresh(); $cpu = $process.TotalProcessorTime
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        & $body $Path
        $watch.Stop()
        $process.Refresh()
        if ($watch.Elapsed.TotalSeconds -lt $best) { $best = $watch.Elapsed.TotalSeconds; $bestCpu = ($process.TotalProcessorTime - $cpu).TotalSeconds }
    }
    [string]::Format([cultureinfo]::InvariantCulture, '{0}: {1} {2}', $name, $best, $bestCpu)
}
