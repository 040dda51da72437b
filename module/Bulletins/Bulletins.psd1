# The module manifest. module/Bulletins/Bulletins.psd1 is its template: the build stamps the {{...}}
# values from Directory.Build.props (the one place they are set) into the copy beside the assemblies.
@{
    RootModule           = 'Bulletins.PowerShell.dll'
    ModuleVersion        = '{{Version}}'
    GUID                 = '6f0c7a52-3b1e-4d47-9a53-2d3f5b8e9c11'
    Author               = '{{Authors}}'
    Copyright            = '{{Copyright}}'
    Description          = 'Turns plain-text news bulletins into typed, queryable articles: import, search, validate and export them.'
    PowerShellVersion    = '7.6'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('Bulletins.Format.ps1xml')
    TypesToProcess       = @('Bulletins.Types.ps1xml')
    CmdletsToExport      = @(
        'Import-Bulletin'
        'ConvertFrom-Bulletin'
        'Export-Bulletin'
        'ConvertTo-Bulletin'
        'Search-Bulletin'
        'Test-Bulletin'
        'Get-BulletinSchema'
        'Save-Bulletin'
        'Get-Bulletin'
        'Measure-Bulletin'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            # Platforms claimed are the ones the tests run on. There is no public repository yet,
            # so no ProjectUri or LicenseUri: the licence is the LICENSE file in the module folder.
            Tags = @('Bulletins', 'News', 'PressRelease', 'Parser', 'JsonLines', 'Csv', 'PSEdition_Core', 'Linux')
        }
    }
}
