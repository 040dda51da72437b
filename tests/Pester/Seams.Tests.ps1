BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    . $PSScriptRoot/Support/TestBulletins.ps1
    Import-Module Bulletins -ErrorAction Stop
    # A speech whose last line ends no sentence, with no final newline: the hardest seam.
    $a = New-TestBulletin (Join-Path $TestDrive 'a.txt') -NoFinalNewline @(
        (New-TestArticle 'Secretary General to visit Norway' 'NATO' @('The Secretary General will travel to Oslo on 3 March 2025.'))
        (New-TestArticle 'Remarks by the Deputy Secretary General at the press conference' 'NATO' @("Good morning.`nThank you for coming.`nQuestions please"))
    )
    $b = New-TestBulletin (Join-Path $TestDrive 'b.txt') @(
        (New-TestArticle 'Europol supports action against fraud ring' 'Europol' @('Investigators arrested 12 suspects in Spain and Italy.'))
        (New-TestArticle 'Eurojust helps freeze EUR 4 million in assets' 'Eurojust' @('Judicial authorities froze the assets.'))
    )
}

Describe 'No seam merges two articles' {
    It 'Get-Content of several files: each file is its own input, named by its path' {
        $articles = Get-Content $a, $b | ConvertFrom-Bulletin -WarningVariable warnings
        $articles | Should -HaveCount 4
        $warnings | Should -BeNullOrEmpty
        $articles[1].Paragraphs | Should -Be @("Good morning.`nThank you for coming.`nQuestions please")
        $articles | ForEach-Object { '{0}:{1}' -f (Split-Path -Leaf $_.File), $_.Line } |
            Should -Be @('a.txt:1', 'a.txt:7', 'b.txt:1', 'b.txt:7')
    }

    It 'Get-Content -Raw of several files, and the same file twice' {
        (Get-Content -Raw $a, $b | ConvertFrom-Bulletin) | Should -HaveCount 4
        (Get-Content $a, $a | ConvertFrom-Bulletin).Title | Should -HaveCount 4
    }

    It '-Name still names every article' {
        (Get-Content $a, $b | ConvertFrom-Bulletin -Name feed).File | Select-Object -Unique | Should -Be 'feed'
    }

    It 'Import-Bulletin of several files' {
        (Import-Bulletin $a, $b).Count | Should -Be 4
    }

    It 'text with no file: a title glued to the end of the previous text is split, with a warning' {
        $glued = [IO.File]::ReadAllText($b) + [IO.File]::ReadAllText($a)
        $glued = $glued.Replace("assets.`n", 'assets.')
        $articles = $glued | ConvertFrom-Bulletin -WarningVariable warnings 3>$null
        $articles | Should -HaveCount 4
        $articles[1].Paragraphs | Should -Be @('Judicial authorities froze the assets.')
        $warnings | Should -HaveCount 1
        "$warnings" | Should -Match 'pipeline:11: warning BLT009'
    }
}

Describe 'Broken headers are reported problems with file and line' {
    BeforeAll {
        $good = New-TestArticle 'Coast guard rescues 40 people off Lampedusa' 'Frontex' @('The rescue took place on Sunday night.')
        $emptySource = New-TestBulletin (Join-Path $TestDrive 'empty-source.txt') @($good, "Eurojust supports action against investment fraud`n`nSource: `n`nInvestigators arrested four suspects.")
        $noSource = New-TestBulletin (Join-Path $TestDrive 'no-source.txt') @($good, "Eurojust supports action against investment fraud in Austria`n`nInvestigators arrested four suspects.")
    }

    It 'Test-Bulletin reports an empty Source line, and -Quiet says False' {
        $found = Test-Bulletin $emptySource
        $found | Should -HaveCount 1
        ($found.Code, $found.Line, $found.Severity) | Should -Be @('BLT010', 9, 'Error')
        Test-Bulletin $emptySource -Quiet | Should -BeFalse
        (Import-Bulletin $emptySource -ErrorAction SilentlyContinue).Source | Should -Be @('Frontex', '')
    }

    It 'Test-Bulletin reports a headline left without a Source line, and -Quiet says False' {
        $found = Test-Bulletin $noSource
        ($found.Code, (Split-Path -Leaf $found.File), $found.Line) | Should -Be @('BLT011', 'no-source.txt', 7)
        Test-Bulletin $noSource -Quiet | Should -BeFalse
        { Import-Bulletin $noSource -ErrorAction Stop } | Should -Throw '*no-source.txt:7: BLT011*'
    }
}
