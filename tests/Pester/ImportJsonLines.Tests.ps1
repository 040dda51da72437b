# Import-Bulletin reads a JSON Lines export back into the records it was written from (the name decides:
# .jsonl, .ndjson, .jsonl.gz); a line that is no article object of a known kind is a BLT016 error and the rest still imports.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    $seed = $SeedPath
    $export = Join-Path $TestDrive 'seed.jsonl'
    Import-Bulletin $seed | Export-Bulletin -Format JsonLines -LiteralPath $export
}

Describe 'Import-Bulletin of a JSON Lines export' {
    It 'gives the same typed records, kind fields included, in the same order' {
        $original = Import-Bulletin $seed
        $back = Import-Bulletin $export

        $back.Count | Should -Be $original.Count
        for ($i = 0; $i -lt $original.Count; $i++) {
            $back[$i].GetType().FullName | Should -Be $original[$i].GetType().FullName
            $back[$i].Equals($original[$i]) | Should -BeTrue -Because "article $i ($($original[$i].Title)) reads back equal"
        }
        $arrests = @($back | Where-Object { $_.Kind -eq 'OperationReport' -and $null -ne $_.Arrests })
        $arrests.Count | Should -BeGreaterThan 0
        $arrests.Arrests | Should -Be @($original | Where-Object { $_.Kind -eq 'OperationReport' -and $null -ne $_.Arrests }).Arrests
    }

    It 'filters by -Kind and -Source as for bulletins' {
        $reports = Import-Bulletin $export -Kind OperationReport
        $reports | Should -Not -BeNullOrEmpty
        $reports.Kind | Select-Object -Unique | Should -Be 'OperationReport'
        (Import-Bulletin $export -Source Europol).Source | Select-Object -Unique | Should -Be 'Europol'
    }

    It 'reads a gzip-compressed export' {
        $gz = Join-Path $TestDrive 'seed.jsonl.gz'
        $in = [IO.File]::OpenRead($export); $out = [IO.Compression.GZipStream]::new([IO.File]::Create($gz), [IO.Compression.CompressionLevel]::Fastest)
        try { $in.CopyTo($out) } finally { $out.Dispose(); $in.Dispose() }

        (Import-Bulletin $gz).Id | Should -Be (Import-Bulletin $export).Id
    }

    It 'a line of an unknown kind is a non-terminating BLT016 error with its line, and the other lines import' {
        $bad = Join-Path $TestDrive 'bad.jsonl'
        $lines = Get-Content $export
        Set-Content $bad -Value ($lines[0], '{"kind":"Obituary","title":"x"}', $lines[1])

        $articles = Import-Bulletin $bad -ErrorVariable problems -ErrorAction SilentlyContinue

        $articles.Count | Should -Be 2
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'BulletinContent,*'
        $problems[0].Exception.Message | Should -BeLike "*bad.jsonl:2: BLT016: unknown kind 'Obituary'*"
    }
}
