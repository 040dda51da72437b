BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
}

Describe 'Help says what each cmdlet takes and writes' {
    It '<_>: INPUTS and OUTPUTS are filled, and OUTPUTS names every [OutputType]' -ForEach @((Get-Command -Module Bulletins).Name) {
        $help = Get-Help $_ -Full
        $inputs = @($help.inputTypes.inputType.type.name)
        $outputs = @($help.returnValues.returnValue.type.name)
        $inputs | Where-Object { $_ } | Should -Not -BeNullOrEmpty
        $outputs | Where-Object { $_ } | Should -Not -BeNullOrEmpty
        foreach ($type in (Get-Command $_).OutputType.Name) { $outputs | Should -Contain $type }
        ($help | Out-String -Width 120) | Should -Match '(?s)INPUTS\s+\S.*OUTPUTS\s+\S'
    }

    It 'the help of each pipeline parameter says how it binds' {
        foreach ($command in Get-Command -Module Bulletins) {
            foreach ($parameter in (Get-Help $command.Name).parameters.parameter) {
                $metadata = $command.Parameters[$parameter.name]
                $byValue = $metadata.ParameterSets.Values.ValueFromPipeline -contains $true
                $byName = $metadata.ParameterSets.Values.ValueFromPipelineByPropertyName -contains $true
                $expected = if ($byValue -and $byName) { 'True (ByValue, ByPropertyName)' } elseif ($byValue) { 'True (ByValue)' } elseif ($byName) { 'True (ByPropertyName)' } else { 'False' }
                "$($command.Name) -$($parameter.name): $($parameter.pipelineInput)" | Should -Be "$($command.Name) -$($parameter.name): $expected"
            }
        }
    }
}
