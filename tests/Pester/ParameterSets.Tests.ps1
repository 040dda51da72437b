# Every cmdlet and parameter set is exercised: one pipeline per set here, and every parameter used by
# name somewhere in the suite (read from the test files' syntax trees).
BeforeDiscovery {
    # One pipeline per parameter set, each binding that set's mandatory parameter. The test below
    # fails when a cmdlet gains a set that is missing here.
    $runs = @(
        @{ Set = 'ConvertFrom-Bulletin/__AllParameterSets'; Run = { Get-Content $SeedPath | ConvertFrom-Bulletin -Name seed -Kind Speech -Source NATO } }
        @{ Set = 'ConvertTo-Bulletin/__AllParameterSets'; Run = { Import-Bulletin -LiteralPath $SeedPath | ConvertTo-Bulletin -Format Text } }
        @{ Set = 'Export-Bulletin/Path'; Run = { Import-Bulletin -LiteralPath $SeedPath | Export-Bulletin -Path (Join-Path $TestDrive 'sets.txt') -PassThru } }
        @{ Set = 'Export-Bulletin/LiteralPath'; Run = { Import-Bulletin -LiteralPath $SeedPath | Export-Bulletin -LiteralPath (Join-Path $TestDrive 'sets[1].jsonl') -Format JsonLines -Encoding utf8 -PassThru } }
        @{ Set = 'Get-BulletinSchema/__AllParameterSets'; Run = { Get-BulletinSchema -Kind Speech -Field } }
        @{ Set = 'Import-Bulletin/Path'; Run = { Import-Bulletin -Path $SeedPath -Kind OperationReport } }
        @{ Set = 'Import-Bulletin/LiteralPath'; Run = { Import-Bulletin -LiteralPath $SeedPath -Source NATO -Unique } }
        @{ Set = 'Search-Bulletin/Path'; Run = { Search-Bulletin -Query NATO -Path $SeedPath } }
        @{ Set = 'Search-Bulletin/LiteralPath'; Run = { Search-Bulletin -Query NATO -LiteralPath $SeedPath -Order FileOrder } }
        @{ Set = 'Search-Bulletin/InputObject'; Run = { Import-Bulletin -LiteralPath $SeedPath | Search-Bulletin -Query NATO } }
        @{ Set = 'Test-Bulletin/Path'; Run = { Test-Bulletin -Path $SeedPath -Quiet } }
        @{ Set = 'Test-Bulletin/LiteralPath'; Run = { Test-Bulletin -LiteralPath $SeedPath } }
        @{ Set = 'Save-Bulletin/__AllParameterSets'; Run = { Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive (Join-Path $TestDrive 'sets-save.db') -PassThru } }
        @{ Set = 'Get-Bulletin/__AllParameterSets'; Run = {
                $archive = Join-Path $TestDrive 'sets-get.db'
                Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive
                Get-Bulletin -Archive $archive -Id (Import-Bulletin -LiteralPath $SeedPath)[0].Id -Kind OperationReport -Source Eurojust -After 2020-01-01 -Before 2030-12-31 -Sighting } }
        @{ Set = 'Measure-Bulletin/__AllParameterSets'; Run = {
                $archive = Join-Path $TestDrive 'sets-measure.db'
                Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive
                Measure-Bulletin -Archive $archive -By Month } }
        @{ Set = 'Search-Bulletin/Archive'; Run = {
                $archive = Join-Path $TestDrive 'sets-search.db'
                Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive
                Search-Bulletin -Query NATO -Archive $archive } }
    )
}

BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    $commonParameters = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
}

Describe 'Parameter sets' {
    It 'are all in the table of runs' -ForEach @{ Sets = @($runs | ForEach-Object { $_['Set'] }) } {
        $declared = Get-Command -Module Bulletins | ForEach-Object { $name = $_.Name; $_.ParameterSets | ForEach-Object { "$name/$($_.Name)" } }

        $declared | Sort-Object | Should -Be ($Sets | Sort-Object)
    }

    It '<Set> runs and gives what the cmdlet declares' -ForEach $runs {
        $cmdlet = Get-Command ($Set -split '/')[0]

        $output = & $Run

        $output | Should -Not -BeNullOrEmpty
        $declared = $cmdlet.OutputType.Type
        $output | ForEach-Object { $value = $_; ($declared | Where-Object { $value -is $_ }) | Should -Not -BeNullOrEmpty -Because "$($value.GetType()) is not a declared output of $($cmdlet.Name)" }
    }
}

Describe 'The Pester suite' {
    It 'uses every parameter of every cmdlet by name (InputObject through the pipeline)' {
        $cmdlets = (Get-Command -Module Bulletins).Name
        $used = @{}
        foreach ($file in Get-ChildItem $PSScriptRoot -Filter *.Tests.ps1) {
            $ast = [System.Management.Automation.Language.Parser]::ParseFile($file.FullName, [ref] $null, [ref] $null)
            foreach ($command in $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true)) {
                $name = $command.GetCommandName()
                if ($name -notin $cmdlets) { continue }
                $names = @($command.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] } | ForEach-Object ParameterName)
                if ($command.Parent -is [System.Management.Automation.Language.PipelineAst] -and $command.Parent.PipelineElements.IndexOf($command) -gt 0) { $names += 'InputObject' }
                $used[$name] = @($used[$name]) + $names
            }
        }

        $unused = foreach ($cmdlet in Get-Command -Module Bulletins) {
            foreach ($parameter in $cmdlet.Parameters.Keys | Where-Object { $_ -notin $commonParameters }) {
                if ($parameter -notin $used[$cmdlet.Name]) { "$($cmdlet.Name) -$parameter" }
            }
        }
        $unused | Should -BeNullOrEmpty
    }
}
