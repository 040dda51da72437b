# Test-Bulletin: one diagnostic per problem, or one bool per file with -Quiet.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
}

Describe 'Test-Bulletin' {
    It 'reports text before the first article as an error with file, line, code and text' {
        $file = Join-Path $TestDrive 'stray.txt'
        Set-Content -LiteralPath $file -Value ("`nPAGE 1 OF 2`n`n" + (New-TestArticle 'Allies meet in Brussels' NATO 'They met.')) -NoNewline

        $errors = Test-Bulletin -LiteralPath $file | Where-Object Severity -eq Error

        @($errors).Count | Should -Be 1
        $errors.File | Should -Be $file
        $errors.Line | Should -Be 2
        $errors.Code | Should -Be 'BLT005'
        $errors.Text | Should -Be 'PAGE 1 OF 2'
    }

    It 'reports the text warnings of the articles too, with the article and line' {
        $file = Join-Path $TestDrive 'glued.txt'
        Set-Content -LiteralPath $file -NoNewline -Value (New-TestArticle 'Europol supports action against fraud' Europol 'Police arrested five suspects in the network.The operation continues with the support of the authoritiesThese are the results.')

        $warnings = Test-Bulletin -LiteralPath $file | Where-Object Severity -eq Warning

        $warnings | Where-Object { $_.ArticleTitle -eq 'Europol supports action against fraud' -and $_.Line -eq 5 } | Should -Not -BeNullOrEmpty
    }

    It '-Quiet gives one bool per file, with no error for a missing one' {
        $empty = Join-Path $TestDrive 'empty.txt'
        New-Item -ItemType File $empty | Out-Null

        $results = Test-Bulletin -LiteralPath $JudicialPath, $empty, (Join-Path $TestDrive 'missing.txt') -Quiet -ErrorVariable errors

        $results | Should -Be $true, $false, $false
        $errors.Count | Should -Be 0
    }

    It '-Encoding reads a file without byte order mark in that encoding' {
        $utf16 = Join-Path $TestDrive 'judicial-utf16.txt'
        [IO.File]::WriteAllText($utf16, (Get-Content -Raw $JudicialPath), [Text.UnicodeEncoding]::new($false, $false))

        Test-Bulletin -LiteralPath $utf16 -Encoding unicode -Quiet | Should -BeTrue
        Test-Bulletin -LiteralPath $utf16 -Encoding unicode | Where-Object Severity -eq Error | Should -BeNullOrEmpty
    }

    It 'reports a binary file as a BinaryFile error' {
        $file = Join-Path $TestDrive 'archive.zip'
        [IO.File]::WriteAllBytes($file, [byte[]] (0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0))

        $diagnostic = Test-Bulletin -LiteralPath $file

        @($diagnostic).Count | Should -Be 1
        $diagnostic.Code | Should -Be ([Bulletins.Codes.ErrorIds]::BinaryFile)
        "$($diagnostic.Severity)" | Should -Be 'Error'
    }
}
