# What a user sees: the module's format views, rendered by real pwsh at 120 columns.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    function Show { param([Parameter(ValueFromPipeline)] $InputObject) end { $input | Out-String -Width 120 } }
}

Describe 'The table view of articles' {
    It 'shows articles of every kind in one table with kind, source, date, line and title, under their file' {
        $text = Import-Bulletin -LiteralPath $SeedPath | Show

        $lines = $text -split '\r?\n' | ForEach-Object TrimEnd | Where-Object { $_ }
        $lines[0] | Should -Be "   File: $SeedPath"
        $lines[1] | Should -Match '^Kind\s+Source\s+Date\s+Line Title$'
        $lines.Count | Should -Be 13 # file, header, rule, ten rows: one table although the kinds differ
        $lines | Where-Object { $_ -match '^OperationReport\s+Eurojust' } | Should -Not -BeNullOrEmpty
        $text | Should -Not -Match 'Paragraphs'
    }

    It 'groups the articles of several files under each file' {
        $text = Import-Bulletin -LiteralPath $HarbourPath, $JudicialPath | Show

        $harbour = $text.IndexOf("File: $HarbourPath")
        $judicial = $text.IndexOf("File: $JudicialPath")
        $harbour | Should -BeGreaterOrEqual 0
        $harbour | Should -BeLessThan $text.IndexOf('Twelve arrests')
        $judicial | Should -BeGreaterThan $text.IndexOf('Deputy Secretary General visits')
        $judicial | Should -BeLessThan $text.IndexOf('Fraud network')
    }
}

Describe 'The list view of articles' {
    It 'is what Format-List shows: the base fields, where the article is (File, Line, LastLine), and counts for long fields' {
        $text = Import-Bulletin -LiteralPath $JudicialPath | Select-Object -First 1 | Format-List | Show

        $lines = $text -split '\r?\n' | Where-Object { $_ -match '^\w+\s+:' }
        ($lines | ForEach-Object { ($_ -split '\s+:')[0] }) | Select-Object -First 4 | Should -Be 'Kind', 'Title', 'Source', 'File'
        $text | Should -Match '(?m)^Title\s+: Fraud network dismantled with the support of Eurojust$'
        $text | Should -Match ('(?m)^File\s+: ' + [regex]::Escape($JudicialPath) + '$')
        $text | Should -Match '(?m)^LastLine\s+: 7$'
        $text | Should -Match '(?m)^Paragraphs\s+: 2$'
    }
}

Describe 'Other views' {
    It 'shows search hits with score, title and where they matched' {
        $text = Search-Bulletin 'coordination centre' -LiteralPath $JudicialPath | Show

        $text | Should -Match 'Score\s+Title\s+FirstMatch\s+Snippet'
        $text | Should -Match '¶2 line 7'
    }

    It 'shows diagnostics grouped by file' {
        $file = Join-Path $TestDrive 'stray.txt'
        Set-Content -LiteralPath $file -NoNewline -Value ("`nPAGE 1 OF 2`n`n" + (New-TestArticle 'Allies meet in Brussels' NATO 'They met.'))

        $text = Test-Bulletin -LiteralPath $file | Show

        $text | Should -Match ([regex]::Escape("File: $file"))
        $text | Should -Match 'Line\s+Severity\s+Code\s+Message\s+Text'
        $text | Should -Match '\s2\s+Error\s+BLT005\s'
    }

    It 'shows schema fields as a table grouped by kind' {
        $text = Get-BulletinSchema Speech -Field | Show

        $text | Should -Match 'Kind: Speech'
        $text | Should -Match 'Name\s+TypeName\s+IsBase\s+Description'
        $text | Should -Match 'Paragraphs\s+string\[\]\s+True'
    }
}
