@{
    RootModule           = 'Bulletins.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f0c7a52-3b1e-4d47-9a53-2d3f5b8e9c11'
    Author               = 'Bulletins team'
    Description          = 'Turns plain-text news bulletins into typed, queryable articles.'
    PowerShellVersion    = '7.6'
    CompatiblePSEditions = @('Core')
    CmdletsToExport      = @('Import-Bulletin', 'Export-Bulletin')
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
}
