# Export-Bulletin and ConvertTo-Bulletin: formats, round trips and the file-safety switches.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
}

Describe 'Export-Bulletin' {
    BeforeEach {
        $folder = New-Item -ItemType Directory (Join-Path $TestDrive ([guid]::NewGuid()))
    }

    It '-Format JsonLines writes one object per article with the contract fields' {
        $jsonl = Join-Path $folder 'seed.jsonl'

        Import-Bulletin -LiteralPath $SeedPath | Export-Bulletin -Format JsonLines -LiteralPath $jsonl

        $objects = Get-Content $jsonl | ConvertFrom-Json
        $objects.Count | Should -Be 10
        foreach ($object in $objects) {
            $names = $object.PSObject.Properties.Name
            foreach ($field in 'id', 'kind', 'title', 'source', 'file', 'line', 'paragraphs', 'isTruncated', 'duplicateOf', 'dates', 'money', 'people', 'countries', 'quotes', 'warnings') {
                $names | Should -Contain $field -Because "line $($object.line) needs $field"
            }
        }
    }

    It 'writes text that reads back as the same articles, of mixed kinds' {
        $copy = Join-Path $folder 'copy.txt'

        $original = Import-Bulletin -LiteralPath $SeedPath | Export-Bulletin -LiteralPath $copy -PassThru
        $reread = Import-Bulletin -LiteralPath $copy

        ($original.Kind | Select-Object -Unique).Count | Should -BeGreaterThan 1
        $reread.Count | Should -Be $original.Count
        for ($i = 0; $i -lt $original.Count; $i++) {
            $reread[$i].Kind | Should -Be $original[$i].Kind
            $reread[$i].Title | Should -Be $original[$i].Title
            $reread[$i].Source | Should -Be $original[$i].Source
            $reread[$i].Paragraphs -join "`n`n" | Should -Be ($original[$i].Paragraphs -join "`n`n")
        }
    }

    It 'picks the format from the extension when -Format is not given' {
        $articles = Import-Bulletin -LiteralPath $JudicialPath
        $articles | Export-Bulletin (Join-Path $folder 'articles.csv')
        $articles | Export-Bulletin (Join-Path $folder 'articles.jsonl')

        (Get-Content (Join-Path $folder 'articles.jsonl') | ConvertFrom-Json).title | Should -Be $articles.Title
        (Import-Csv (Join-Path $folder 'articles.csv')).title | Should -Be $articles.Title
    }

    It '-WhatIf says which file it would write, writes nothing and still passes the articles through' {
        $never = Join-Path $folder 'never.txt'

        $run = Invoke-PwshText "Import-Bulletin -LiteralPath '$JudicialPath' | Export-Bulletin -LiteralPath '$never' -WhatIf -PassThru | Measure-Object | ForEach-Object Count"

        Test-Path $never | Should -BeFalse
        $run.Text | Should -Match ([regex]::Escape("What if: Performing the operation `"Write articles`" on target `"$never`""))
        ($run.Text -split '\r?\n' | Where-Object { $_ -match '^\d+$' }) | Should -Be '2'
    }

    It '-Append adds to the file and writes the CSV header once' {
        $csv = Join-Path $folder 'all.csv'

        Import-Bulletin -LiteralPath $HarbourPath | Export-Bulletin -LiteralPath $csv
        Import-Bulletin -LiteralPath $JudicialPath | Export-Bulletin -LiteralPath $csv -Append

        $header = Get-Content $csv -TotalCount 1
        @(Get-Content $csv | Where-Object { $_ -eq $header }).Count | Should -Be 1
        (Import-Csv $csv).title | Should -Be ((Import-Bulletin -LiteralPath $HarbourPath, $JudicialPath).Title)
    }

    It '-Force overwrites a read-only file' {
        $locked = Join-Path $folder 'locked.txt'
        Set-Content -LiteralPath $locked -Value 'old'
        Set-ItemProperty -LiteralPath $locked -Name IsReadOnly -Value $true

        Import-Bulletin -LiteralPath $JudicialPath | Export-Bulletin -LiteralPath $locked -Force -Confirm:$false

        Get-Content $locked -TotalCount 1 | Should -Be 'Fraud network dismantled with the support of Eurojust'
    }
}

Describe 'ConvertTo-Bulletin' {
    It '-Format JsonLines gives one JSON string per article' {
        $lines = Import-Bulletin -LiteralPath $HarbourPath | ConvertTo-Bulletin -Format JsonLines

        $lines.Count | Should -Be 2
        $lines | ForEach-Object { $_ | Should -BeOfType ([string]) }
        ($lines | ConvertFrom-Json).source | Should -Be 'Europol', 'NATO'
    }

    It 'gives text that ConvertFrom-Bulletin turns back into the articles' {
        $titles = Import-Bulletin -LiteralPath $JudicialPath | ConvertTo-Bulletin | ConvertFrom-Bulletin | ForEach-Object Title

        $titles | Should -Be 'Fraud network dismantled with the support of Eurojust', 'Statement by the North Atlantic Council on the attack in Baltic harbours'
    }
}
