# Import-Bulletin: which files it reads and how the articles come out.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
}

Describe 'Import-Bulletin' {
    BeforeEach {
        $folder = New-Item -ItemType Directory (Join-Path $TestDrive ([guid]::NewGuid()))
    }

    It 'imports the seed as ten typed articles in file order' {
        $articles = Import-Bulletin -LiteralPath $SeedPath

        $articles.Count | Should -Be 10
        $articles | ForEach-Object { $_ | Should -BeOfType ([Bulletins.Article]) }
        $articles.File | Select-Object -Unique | Should -Be $SeedPath
        $articles[0].Line | Should -Be 1
        $articles[0].Source | Should -Be 'Eurojust'
        $articles.Line | Should -Be ($articles.Line | Sort-Object)
    }

    It '-Path expands wildcards to every matching file' {
        Copy-Item $HarbourPath, $JudicialPath $folder
        Set-Content (Join-Path $folder 'notes.md') 'not a bulletin'

        $articles = Import-Bulletin -Path (Join-Path $folder '*.txt')

        $articles.Count | Should -Be 4
        $articles | ForEach-Object { Split-Path -Leaf $_.File } | Sort-Object -Unique | Should -Be 'harbour.txt', 'judicial.txt'
    }

    It '-LiteralPath reads a name with brackets that -Path takes as a wildcard' {
        $file = Join-Path $folder 'bulletin[2025].txt'
        Copy-Item -LiteralPath $HarbourPath -Destination $file

        $literal = Import-Bulletin -LiteralPath $file -ErrorVariable literalErrors
        # As a wildcard, [2025] is a character class: it matches bulletin2.txt, not the file itself.
        $wildcard = Import-Bulletin -Path $file -ErrorVariable wildcardErrors -ErrorAction SilentlyContinue

        $literal.Count | Should -Be 2
        $literalErrors.Count | Should -Be 0
        $wildcard | Should -BeNullOrEmpty
        $wildcardErrors.Count | Should -Be 1
        $wildcardErrors[0].FullyQualifiedErrorId | Should -BeLike 'FileNotFound,*'
    }

    It 'takes Get-ChildItem output by PSPath, brackets and all' {
        Copy-Item -LiteralPath $HarbourPath -Destination (Join-Path $folder 'a[1].txt')
        Copy-Item $JudicialPath $folder

        $articles = Get-ChildItem $folder -Filter *.txt | Import-Bulletin -ErrorVariable errors

        $errors.Count | Should -Be 0
        $articles.Count | Should -Be 4
    }

    It 'takes a plain FileInfo by FullName, so brackets in the name are not wildcards' {
        $file = Join-Path $folder 'judicial[1].txt'
        Copy-Item -LiteralPath $JudicialPath -Destination $file

        $articles = [IO.FileInfo]::new($file) | Import-Bulletin -ErrorVariable errors

        $errors.Count | Should -Be 0
        $articles.Count | Should -Be 2
    }

    It '-Source takes wildcards' {
        (Import-Bulletin -LiteralPath $HarbourPath, $JudicialPath -Source 'Euro*').Source | Should -Be 'Europol', 'Eurojust'
    }

    It '-Kind keeps only that kind' {
        $all = Import-Bulletin -LiteralPath $SeedPath
        $rarest = ($all | Group-Object Kind | Sort-Object Count | Select-Object -First 1).Name

        $filtered = Import-Bulletin -LiteralPath $SeedPath -Kind $rarest

        $filtered | Should -Not -BeNullOrEmpty
        $filtered.Kind | Select-Object -Unique | Should -Be $rarest
        @($filtered).Count | Should -Be @($all | Where-Object Kind -eq $rarest).Count
    }

    It '-Unique drops a repeat found in another file of the same call' {
        $first = Join-Path $folder 'monday.txt'
        Copy-Item $HarbourPath $first
        $body = ((Get-Content -Raw $HarbourPath) -split "`n`n" | Select-Object -Skip 2 -First 3)
        $second = Join-Path $folder 'tuesday.txt'
        Set-Content -LiteralPath $second -Value (New-TestArticle 'Baltic harbours: twelve suspects arrested' Europol $body) -NoNewline

        $plain = Import-Bulletin -LiteralPath $first, $second
        $unique = Import-Bulletin -LiteralPath $first, $second -Unique

        $plain.Count | Should -Be 3
        $unique.Count | Should -Be 2
        $unique.File | Should -Not -Contain $second
    }

    It '-Encoding reads a file without byte order mark in that encoding' {
        $file = Join-Path $folder 'utf16.txt'
        [IO.File]::WriteAllText($file, (Get-Content -Raw $JudicialPath), [Text.UnicodeEncoding]::new($false, $false))

        (Import-Bulletin -LiteralPath $file -Encoding unicode).Source | Should -Be 'Eurojust', 'NATO'
    }

    It 'sends the first article down the pipeline before it reads the last file' {
        $first = Join-Path $folder 'harbour.txt'
        Copy-Item $HarbourPath $first
        $second = Join-Path $folder 'later.txt'
        Set-Content -LiteralPath $second -Value (New-TestArticle 'Written before the import started' NATO 'Old text.') -NoNewline
        $newText = New-TestArticle 'Written while the first file was being imported' NATO 'New text.'

        # When the first article arrives downstream, the second file is rewritten. Only a command that
        # has not read it yet can see the new title.
        $rewritten = $false
        $titles = Import-Bulletin -LiteralPath $first, $second | ForEach-Object {
            if (-not $rewritten) { Set-Content -LiteralPath $second -Value $newText -NoNewline; $rewritten = $true }
            $_.Title
        }

        $titles | Should -Contain 'Written while the first file was being imported'
        $titles | Should -Not -Contain 'Written before the import started'
    }

    It 'dates each article by the latest day it mentions, so Sort-Object can order by it' {
        $articles = Import-Bulletin -LiteralPath $HarbourPath

        $articles.Date | Should -Be ([datetime]'2025-03-14'), ([datetime]'2025-03-20')
        ($articles | Sort-Object Date -Descending)[0].Source | Should -Be 'NATO'
    }

    It 'reads every file variant a bulletin comes in: BOMs, UTF-16, CRLF, CR, no final newline, odd blank lines' {
        $lf = (Get-Content -Raw $JudicialPath).TrimEnd("`n") + "`n"
        $utf8 = [Text.UTF8Encoding]::new($false)
        $variants = [ordered]@{
            'utf8-bom.txt'         = [Text.Encoding]::UTF8.GetPreamble() + $utf8.GetBytes($lf)
            'utf16-bom.txt'        = [Text.Encoding]::Unicode.GetPreamble() + [Text.Encoding]::Unicode.GetBytes($lf)
            'crlf.txt'             = $utf8.GetBytes($lf.Replace("`n", "`r`n"))
            'cr.txt'               = $utf8.GetBytes($lf.Replace("`n", "`r"))
            'no-final-newline.txt' = $utf8.GetBytes($lf.TrimEnd("`n"))
            'odd-blank-lines.txt'  = $utf8.GetBytes($lf.Replace("`n`nSource: NATO`n`n", "`n `u{a0}`nSource: NATO   `n`u{a0}`n"))
        }
        $files = foreach ($name in $variants.Keys) {
            $file = Join-Path $folder $name
            [IO.File]::WriteAllBytes($file, [byte[]] $variants[$name])
            $file
        }
        $jsonl = Join-Path $folder 'variants.jsonl'

        Import-Bulletin -LiteralPath $files -ErrorVariable errors -WarningVariable warnings | Export-Bulletin -Format JsonLines -LiteralPath $jsonl

        $errors.Count | Should -Be 0
        $warnings.Count | Should -Be 0
        (Get-Content $jsonl | ConvertFrom-Json).source | Should -Be (1..$variants.Count | ForEach-Object { 'Eurojust', 'NATO' })
    }
}
