# Search-Bulletin: text queries, filters, ranking, and where each hit matched.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    $files = $HarbourPath, $JudicialPath
}

Describe 'Search-Bulletin' {
    It 'needs every word, whole, in any case' {
        $hits = Search-Bulletin -LiteralPath $files -Query 'BALTIC', 'estonia'

        $hits.Count | Should -Be 3
        $hits.Title | Where-Object { $_ -like 'Fraud*' } | Should -BeNullOrEmpty
        Search-Bulletin -LiteralPath $files -Query 'Balt' | Should -BeNullOrEmpty
    }

    It 'matches a quoted phrase as words in a row and says where each match is' {
        $hit = Search-Bulletin -LiteralPath $files -Query '"coordination centre"'

        @($hit).Count | Should -Be 1
        @($hit.Matches).Count | Should -Be 1
        $hit.Matches[0].Field | Should -Be 'Paragraph'
        $hit.Matches[0].Paragraph | Should -Be 2
        $hit.Matches[0].Line | Should -Be ($hit.Line + 6)
        $hit.Matches[0].Snippet | Should -Match 'coordination centre'
    }

    It 'ranks hits by score, title matches first, unless -Order FileOrder' {
        $ranked = Search-Bulletin -LiteralPath $files -Query harbours
        $inFileOrder = Search-Bulletin -LiteralPath $files -Query harbours -Order FileOrder

        $inFileOrder.Title | Should -Be 'Twelve arrests in operation against cocaine smuggling through Baltic harbours', 'Statement by the North Atlantic Council on the attack in Baltic harbours'
        $ranked.Score | Should -Be ($ranked.Score | Sort-Object -Descending)
        $ranked | ForEach-Object { $_.Matches[0].Field | Should -Be 'Title' }
    }

    It 'narrows by -Source, wildcards included' {
        (Search-Bulletin -LiteralPath $files -Source NATO).Article.Source | Should -Be 'NATO', 'NATO'
        (Search-Bulletin -LiteralPath $files -Source Euro*).Article.Source | Should -Be 'Europol', 'Eurojust'
    }

    It 'narrows by -Kind' {
        (Search-Bulletin -LiteralPath $files -Query Baltic -Kind Statement).Title | Should -Be 'Statement by the North Atlantic Council on the attack in Baltic harbours'
        (Search-Bulletin -LiteralPath $files -Query Baltic -Kind Speech) | Should -BeNullOrEmpty
    }

    It '-Encoding reads files without byte order mark in that encoding' {
        $utf16 = Join-Path $TestDrive 'judicial-utf16.txt'
        [IO.File]::WriteAllText($utf16, (Get-Content -Raw $JudicialPath), [Text.UnicodeEncoding]::new($false, $false))

        (Search-Bulletin -LiteralPath $utf16 -Query '"action day"' -Encoding unicode).Title | Should -Be 'Fraud network dismantled with the support of Eurojust'
    }

    It 'narrows by the dates, people and countries extracted' {
        (Search-Bulletin -LiteralPath $files -After 2025-04-01).Title | Should -Be 'Fraud network dismantled with the support of Eurojust'
        (Search-Bulletin -LiteralPath $files -After 2025-03-14 -Before 2025-03-14).Title | Should -Be 'Twelve arrests in operation against cocaine smuggling through Baltic harbours'
        (Search-Bulletin -LiteralPath $files -Person Shekerinska).Title | Should -Be 'Deputy Secretary General visits Tallinn to discuss Baltic security'
        (Search-Bulletin -LiteralPath $files -Country Portugal).Title | Should -Contain 'Fraud network dismantled with the support of Eurojust'
    }

    It 'searches articles from the pipeline too' {
        $hits = Import-Bulletin -LiteralPath $files | Search-Bulletin '"action day"'

        @($hits).Count | Should -Be 1
        $hits.Title | Should -Be 'Fraud network dismantled with the support of Eurojust'
        @($hits.Matches).Count | Should -Be 2
    }
}
