# CSV exports are opened in spreadsheets: formula cells are text unless -RawCsvCells (issue 9, item 9).
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    $article = "=HYPERLINK(""http://evil.example"",""Click"")`n`nSource: @Press`n`nPolice arrested 5 people.`n" | ConvertFrom-Bulletin
}

Describe 'CSV formula cells' {
    It 'are neutralised with a leading quote by default' {
        $row = $article | ConvertTo-Bulletin -Format Csv | ConvertFrom-Csv
        $row.title | Should -Be "'=HYPERLINK(""http://evil.example"",""Click"")"
        $row.source | Should -Be "'@Press"
    }

    It 'are written as they are with -RawCsvCells, by Export-Bulletin too' {
        $file = Join-Path $TestDrive 'raw.csv'
        $article | Export-Bulletin -LiteralPath $file -RawCsvCells
        $row = Import-Csv $file
        $row.title | Should -Be '=HYPERLINK("http://evil.example","Click")'
        $row.source | Should -Be '@Press'
        ($article | ConvertTo-Bulletin -Format Csv -RawCsvCells | ConvertFrom-Csv).title | Should -Be '=HYPERLINK("http://evil.example","Click")'
    }
}
