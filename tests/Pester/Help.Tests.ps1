# Get-Help serves full help for every cmdlet from the module's MAML file, and about_Bulletins; and
# every example the help shows runs, as shown, in real pwsh.
BeforeDiscovery {
    $cmdlets = 'Import-Bulletin', 'ConvertFrom-Bulletin', 'Export-Bulletin', 'ConvertTo-Bulletin', 'Search-Bulletin', 'Test-Bulletin', 'Get-BulletinSchema',
        'Save-Bulletin', 'Get-Bulletin', 'Measure-Bulletin'
}

BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    $commonParameters = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
}

Describe 'Help' {
    It 'covers every exported cmdlet in these tests' -ForEach @{ Names = $cmdlets } {
        (Get-Module Bulletins).ExportedCmdlets.Keys | Sort-Object | Should -Be ($Names | Sort-Object)
    }

    Context '<_>' -ForEach $cmdlets {
        BeforeAll { $help = Get-Help $_ -Full }

        It 'has a synopsis (not the generated syntax line), a description and at least two examples that use it' {
            $help.Synopsis | Should -Not -BeNullOrEmpty
            $help.Synopsis | Should -Not -Match "^$_ "
            ($help.description.Text -join "`n") | Should -Not -BeNullOrEmpty
            @($help.examples.example).Count | Should -BeGreaterOrEqual 2
            $help.examples.example | ForEach-Object { $_.code | Should -Match $help.Name }
        }

        It 'describes every parameter' {
            $described = $help.parameters.parameter | Where-Object { ($_.description.Text -join '') -match '\S' } | ForEach-Object name
            (Get-Command $_).Parameters.Keys | Where-Object { $_ -notin $commonParameters } | ForEach-Object {
                $described | Should -Contain $_
            }
        }

        It 'shows one syntax line for each parameter set, with the parameters of that set' {
            # The help's syntax is hand-kept MAML: a parameter set the cmdlet gained (or a parameter that left one) shows here.
            $shown = @($help.syntax.syntaxItem | ForEach-Object { (@($_.parameter.name) | Sort-Object) -join ',' }) | Sort-Object
            $sets = @((Get-Command $_).ParameterSets | ForEach-Object {
                    (@($_.Parameters.Name | Where-Object { $_ -notin $commonParameters }) | Sort-Object) -join ','
                }) | Sort-Object
            $shown | Should -Be $sets
        }
    }

    It 'has about_Bulletins, which explains the format, the kinds and pipelines' {
        $about = Get-Help about_Bulletins | Out-String

        $about | Should -Match 'Source:'
        $about | Should -Match 'OperationReport'
        $about | Should -Match 'Import-Bulletin'
        $about | Should -Match 'Search-Bulletin'
    }
}
