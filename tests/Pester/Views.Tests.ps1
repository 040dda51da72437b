BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    . $PSScriptRoot/Support/TestBulletins.ps1
    Import-Module Bulletins -ErrorAction Stop
    $bulletin = New-TestBulletin (Join-Path $TestDrive 'views.txt') @(
        (New-TestArticle 'Secretary General to visit Norway' 'NATO' @('The Secretary General will travel to Oslo on 3 March 2025.'))
    )
    $archive = Join-Path $TestDrive 'views.db'
    Import-Bulletin $bulletin | Save-Bulletin -Archive $archive
    # One object of each type the module's views show, made the way a user gets it.
    $samples = @{
        'Bulletins.Archive.MonthSummary'                     = Measure-Bulletin $archive -By Month | Select-Object -First 1
        'Bulletins.Article'                                  = Import-Bulletin $bulletin | Select-Object -First 1
        'Bulletins.Querying.SearchHit'                       = Search-Bulletin Oslo $bulletin | Select-Object -First 1
        'Bulletins.Querying.SearchMatch'                     = (Search-Bulletin Oslo $bulletin).Matches | Select-Object -First 1
        'Bulletins.PowerShell.Diagnostics.BulletinDiagnostic' = Test-Bulletin -LiteralPath $SeedPath | Select-Object -First 1
        'Bulletins.Schema.KindInfo'                          = Get-BulletinSchema | Select-Object -First 1
        'Bulletins.Schema.KindField'                         = Get-BulletinSchema -Field | Select-Object -First 1
    }
    # Every column and list item label of the module's views, with the type it is shown for.
    $labels = foreach ($view in ([xml](Get-Content (Join-Path (Split-Path (Get-Module Bulletins).Path) 'Bulletins.Format.ps1xml') -Raw)).Configuration.ViewDefinitions.View) {
        $type = $view.ViewSelectedBy.TypeName
        $names = @($view.TableControl.TableHeaders.TableColumnHeader.Label) + @($view.ListControl.ListEntries.ListEntry.ListItems.ListItem |
            ForEach-Object { if ($_.Label) { $_.Label } else { $_.PropertyName } })
        foreach ($name in $names | Where-Object { $_ }) { [pscustomobject]@{ Type = $type; Label = $name } }
    }
}

Describe 'Names a user sees are names a user can filter on' {
    It 'every label of every view is a property of the objects it shows' {
        $labels.Count | Should -BeGreaterThan 20
        $missing = $labels | Where-Object { $samples[$_.Type].PSObject.Properties.Name -notcontains $_.Label } |
            ForEach-Object { "$($_.Type): $($_.Label)" }
        $missing | Should -BeNullOrEmpty
    }

    It 'Get-BulletinSchema -Field filters on the columns it shows' {
        $own = Get-BulletinSchema OperationReport -Field | Where-Object IsBase -eq $false
        $own.Name | Should -Contain 'Arrests'
        (Get-BulletinSchema OperationReport -Field | Out-String) | Should -Match '\bIsBase\b'
        Get-BulletinSchema | Where-Object IsFallback | ForEach-Object Name | Should -Be 'NewsRelease'
    }

    It 'a search hit says where it first matched' {
        $samples['Bulletins.Querying.SearchHit'].FirstMatch | Should -Be '¶1 line 5'
    }
}
