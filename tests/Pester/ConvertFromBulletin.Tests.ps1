# ConvertFrom-Bulletin: text from the pipeline, whole (Get-Content -Raw) or line by line (Get-Content).
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
}

Describe 'ConvertFrom-Bulletin' {
    It 'turns a whole text into its articles, named by -Name' {
        $articles = Get-Content -Raw $HarbourPath | ConvertFrom-Bulletin -Name harbour

        $articles.Source | Should -Be 'Europol', 'NATO'
        $articles.File | Select-Object -Unique | Should -Be 'harbour'
        $articles[0].Line | Should -Be 1
    }

    It 'gives each article from Get-Content lines as soon as the next one starts' {
        $lines = Get-Content $HarbourPath
        # Each article records how many lines had been sent when it arrived.
        $sent = 0
        $arrivals = Get-Content $HarbourPath | ForEach-Object { $sent++; $_ } | ConvertFrom-Bulletin |
            ForEach-Object { [pscustomobject]@{ Title = $_.Title; Line = $_.Line; SentWhenArrived = $sent } }

        $arrivals.Count | Should -Be 2
        # The first article came out when the second one's title (and not much more) had been read, not at the end.
        $arrivals[0].SentWhenArrived | Should -BeGreaterOrEqual $arrivals[1].Line
        $arrivals[0].SentWhenArrived | Should -BeLessThan $lines.Count
    }

    It 'separates articles by lines that are blank with a no-break space, and by CRLF text split into lines' {
        $text = "Allies meet in Brussels`r`n`u{a0}`r`nSource: NATO`r`n `r`nThey met.`r`n`r`nEurojust supports action day`r`n`r`nSource: Eurojust`r`n`r`nFive arrests."

        ($text -split "`r`n" | ConvertFrom-Bulletin).Source | Should -Be 'NATO', 'Eurojust'
    }
}
