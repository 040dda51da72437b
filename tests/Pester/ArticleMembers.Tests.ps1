BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    . $PSScriptRoot/Support/TestBulletins.ps1
    Import-Module Bulletins -ErrorAction Stop
    $bulletin = New-TestBulletin (Join-Path $TestDrive 'week.txt') @(
        (New-TestArticle '12 arrested in action against investment fraud ring' 'Europol' @('On 4 March 2025 investigators arrested 12 suspects in Spain and Italy and seized EUR 2.4 million.', 'The action days ran from 3 to 7 March 2025.'))
        (New-TestArticle 'Secretary General to visit Norway' 'NATO' @('The Secretary General will travel to Oslo on 10 March 2025.'))
    )
    $report, $advisory = Import-Bulletin $bulletin
}

Describe 'An article as a PowerShell user sees it' {
    It 'ToString is short: kind, title, file and line' {
        "$report" | Should -BeExactly 'OperationReport: 12 arrested in action against investment fraud ring (week.txt:1)'
        (Search-Bulletin Oslo $bulletin | Out-String) | Should -Not -Match 'Paragraphs ='
        ($report, $advisory | Group-Object Source | Select-Object -First 1).Group | ForEach-Object { "$_" } |
            Should -Be 'OperationReport: 12 arrested in action against investment fraud ring (week.txt:1)'
    }

    It 'Select-Object * and Format-List * start with the base fields, in contract order' {
        $names = ($report | Select-Object *).PSObject.Properties.Name
        $base = (Get-BulletinSchema OperationReport -Field | Where-Object IsBase).Name
        $names | Select-Object -First $base.Count | Should -Be $base
        $names | Should -Contain 'Arrests'
        [array]::IndexOf($names, 'Arrests') | Should -BeGreaterThan $base.Count
        ($report | Format-List * | Out-String).Trim() | Should -Match '^Id\s+:'
    }

    It 'Get-Member shows each property with its real type' {
        ($report | Get-Member Date).Definition | Should -BeLike 'System.Nullable`[datetime`] Date*'
        ($report | Get-Member Arrests).Definition | Should -BeLike 'System.Nullable`[int`] Arrests*'
        $report.Date | Should -Be ([datetime]'2025-03-04')
        ($report, $advisory | Sort-Object Date -Descending)[0].Title | Should -Be 'Secretary General to visit Norway'
    }
}

Describe 'Articles through ConvertTo-Json and Export-Csv' {
    It 'ConvertTo-Json writes ISO dates, not the parts of a DateOnly' {
        $json = $report | ConvertTo-Json -Depth 5
        $json | Should -Not -Match 'DayOfWeek'
        $back = $json | ConvertFrom-Json -DateKind String
        $back.Dates[1].Start | Should -Be '2025-03-03T00:00:00'
        $back.Dates[1].Text | Should -Be 'from 3 to 7 March 2025'
        $back.Money[0].Amount | Should -Be 2400000
        $back.Arrests | Should -Be 12
    }

    It 'Export-Csv writes readable cells, no .NET type names' {
        $csv = Join-Path $TestDrive 'week.csv'
        $report, $advisory | Export-Csv $csv
        Get-Content -Raw $csv | Should -Not -Match 'Bulletins\.|System\.|\{ Text ='
        $rows = Import-Csv $csv
        $rows[0].Dates | Should -Be '2025-03-04; 2025-03-03/2025-03-07'
        $rows[0].Money | Should -Be '2400000 EUR'
        $rows[0].Countries | Should -Be 'Spain; Italy'
        $rows[0].Id | Should -Be $report.Id
    }
}
