# The module's surface as scripts call and parse it: every cmdlet, parameter set, parameter (type,
# position, mandatory, pipeline input, aliases) and output type, and the output format versions, listed
# into tests/Pester/CommandSurface.txt. A change is a visible diff there; after a deliberate one, rewrite
# the file with UPDATE_SURFACE=1 ./test.sh pester tests/Pester/CommandSurface.Tests.ps1 and review it.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    $surfaceFile = Join-Path $PSScriptRoot 'CommandSurface.txt'

    # C#-like type names, without assembly versions (a version bump is not a surface change).
    function Format-TypeName([type] $Type) {
        $underlying = [Nullable]::GetUnderlyingType($Type)
        if ($underlying) { return "$(Format-TypeName $underlying)?" }
        $Type.FullName
    }

    function Get-CommandSurface {
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        "format JsonLines $([Bulletins.Writing.FormatVersions]::JsonLines)"
        "format Csv $([Bulletins.Writing.FormatVersions]::Csv)"
        foreach ($command in Get-Command -Module Bulletins | Sort-Object Name) {
            ''
            $command.Name
            foreach ($type in $command.OutputType | ForEach-Object { $_.Name } | Sort-Object) { "  output $type" }
            foreach ($set in $command.ParameterSets | Sort-Object Name) {
                "  set $($set.Name)$(if ($set.IsDefault) { ' (default)' })"
                foreach ($parameter in $set.Parameters | Where-Object Name -notin $common | Sort-Object Name) {
                    $traits = @(Format-TypeName $parameter.ParameterType)
                    if ($parameter.IsMandatory) { $traits += 'mandatory' }
                    if ($parameter.Position -ge 0) { $traits += "position $($parameter.Position)" }
                    if ($parameter.ValueFromPipeline) { $traits += 'pipeline' }
                    if ($parameter.ValueFromPipelineByPropertyName) { $traits += 'pipeline by name' }
                    if ($parameter.Aliases.Count -gt 0) { $traits += "aliases $(($parameter.Aliases | Sort-Object) -join ', ')" }
                    "    -$($parameter.Name) $($traits -join '; ')"
                }
            }
        }
    }
}

Describe 'The command surface' {
    It 'is the one listed in CommandSurface.txt' {
        $surface = @(Get-CommandSurface)
        if ($env:UPDATE_SURFACE -eq '1') { [IO.File]::WriteAllLines($surfaceFile, [string[]]$surface) }

        $surfaceFile | Should -Exist
        $listed = [IO.File]::ReadAllLines($surfaceFile)
        # Compared as one text so that a failure shows the first line that differs.
        ($surface -join "`n") | Should -BeExactly ($listed -join "`n")
    }

    It 'lists every cmdlet of the module' {
        $listed = [IO.File]::ReadAllLines($surfaceFile) | Where-Object { $_ -match '^[A-Z][a-z]+-' }
        $listed | Should -Be (Get-Command -Module Bulletins | Sort-Object Name).Name
    }
}
