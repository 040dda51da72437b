@{
    RootModule           = 'Bulletins.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f0c7a52-3b1e-4d47-9a53-2d3f5b8e9c11'
    Author               = 'Bulletins team'
    CompanyName          = 'Bulletins'
    Copyright            = '(c) Bulletins team. MIT licence.'
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
            Tags       = @('Bulletins', 'News', 'PressRelease', 'Parser', 'JsonLines', 'Csv', 'PSEdition_Core', 'Linux', 'Windows', 'MacOS')
            ProjectUri = 'https://github.com/bulletins/bulletins'
            LicenseUri = 'https://github.com/bulletins/bulletins/blob/main/LICENSE'
        }
    }
}
