BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    . $PSScriptRoot/Support/TestBulletins.ps1
    Import-Module Bulletins -ErrorAction Stop
    $bulletin = New-TestBulletin (Join-Path $TestDrive 'week.txt') @(
        (New-TestArticle 'Secretary General to visit Norway' 'NATO' @('The Secretary General will travel to Oslo on 10 March 2025.'))
        (New-TestArticle 'Allies meet in Brussels' 'NATO' @('Ministers met in Brussels on Tuesday.'))
    )
    Push-Location $TestDrive
}
AfterAll { Pop-Location }

Describe 'Export-Bulletin without -Format' {
    It 'an unknown extension is an UnknownFormat error, and nothing is written' {
        $caught = try { Import-Bulletin $bulletin | Export-Bulletin out.dat -ErrorAction Stop } catch { $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'UnknownFormat,Bulletins.PowerShell.Commands.ExportBulletinCommand'
        "$caught" | Should -Match '-Format'
        Test-Path out.dat | Should -BeFalse
    }

    It 'the known extensions still choose the format, and -Format still wins' {
        Import-Bulletin $bulletin | Export-Bulletin out.txt
        Import-Bulletin $bulletin | Export-Bulletin out.dat -Format JsonLines
        (Get-Content out.txt -First 1) | Should -Be 'Secretary General to visit Norway'
        (Get-Content out.dat | ConvertFrom-Json).title | Should -HaveCount 2
    }
}

Describe '-Verbose says what each cmdlet resolved, read and wrote' {
    It '<Name>' -ForEach @(
        @{ Name = 'Import-Bulletin'; Script = { Import-Bulletin ./week.txt -Verbose }; Expected = "Resolved './week.txt' to 1 file.", "Reading '*week.txt' (* bytes).", "Read 2 articles from '*week.txt'." }
        @{ Name = 'Search-Bulletin'; Script = { Search-Bulletin Oslo ./*.txt -Verbose }; Expected = "Resolved './`*.txt' to 1 file.", "Read 2 articles from '*week.txt'.", 'Found 1 hits, best first.' }
        @{ Name = 'Test-Bulletin'; Script = { Test-Bulletin week.txt -Verbose }; Expected = "Reading '*week.txt'*", "'*week.txt': 0 errors, 0 warnings." }
        @{ Name = 'ConvertFrom-Bulletin'; Script = { Get-Content week.txt | ConvertFrom-Bulletin -Verbose }; Expected = "Reading '*week.txt' from the pipeline.", "Read 2 articles from '*week.txt'." }
        @{ Name = 'ConvertTo-Bulletin'; Script = { Import-Bulletin week.txt | ConvertTo-Bulletin -Format Csv -Verbose }; Expected = , 'Converted 2 articles to Csv.' }
        @{ Name = 'Export-Bulletin'; Script = { Import-Bulletin week.txt | Export-Bulletin v.jsonl -Verbose }; Expected = "Writing JsonLines (from the extension '.jsonl') to '*v.jsonl'.", "Wrote 2 articles to '*v.jsonl'." }
        @{ Name = 'Get-BulletinSchema'; Script = { Get-BulletinSchema Op* -Verbose }; Expected = , '1 of the schema''s 5 kinds: OperationReport.' }
        @{ Name = 'Save-Bulletin'; Script = { Import-Bulletin week.txt | Save-Bulletin v.db -Verbose }; Expected = "Performing the operation ""Save to the archive v.db"" on target ""Secretary General to visit Norway (*week.txt:1)"".", "Saved 2 articles to the archive 'v.db': 2 added, 0 sighted again, 0 already archived." }
        @{ Name = 'Get-Bulletin'; Script = { Import-Bulletin week.txt | Save-Bulletin g.db; Get-Bulletin g.db -Verbose }; Expected = , "Read 2 articles from the SQLite archive 'g.db'." }
        @{ Name = 'Measure-Bulletin'; Script = { Import-Bulletin week.txt | Save-Bulletin m.db; Measure-Bulletin m.db -Verbose }; Expected = , "Counted 2 articles of the SQLite archive 'm.db'." }
    ) {
        $verbose = & $Script 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message
        foreach ($line in $Expected) { $verbose | Where-Object { $_ -like $line } | Should -Not -BeNullOrEmpty -Because "'$line' in: $($verbose -join ' | ')" }
    }

    It 'every cmdlet of the module is covered here' {
        (Get-Command -Module Bulletins).Name | Sort-Object |
            Should -Be @('ConvertFrom-Bulletin', 'ConvertTo-Bulletin', 'Export-Bulletin', 'Get-Bulletin', 'Get-BulletinSchema', 'Import-Bulletin', 'Measure-Bulletin', 'Save-Bulletin', 'Search-Bulletin', 'Test-Bulletin')
    }
}
