# docs/powershell.md is the pasted output of docs/powershell-tour.sh: re-run the tour (real pwsh, the
# built module) into a temp file and check the committed page still says what the code prints.
# A byte comparison would be flaky: pwsh sizes a table's columns from the objects it has seen in its
# first moments, so padding, the length of the `----` rules and where a cell is cut off with `…` vary
# from run to run. Those, and only those, are normalised away (see ConvertTo-TourLine and Test-TourLine).
# It takes about four minutes (one fresh pwsh per command of docs/powershell-tour.txt).

BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1

    function ConvertTo-TourLine {
        <#
        .SYNOPSIS
        One line of the page as the tokens that do not depend on column widths: runs of whitespace are
        one separator, a run of `-` is one `-` (a column's rule), and a token holding `…` (a cell cut
        off at its column's width) is just `…`. The seed's folder, which is wherever ../shared is on
        this machine, is dropped from its path.
        #>
        param([string] $Line)
        $Line = $Line -replace "\S*/(?=$([regex]::Escape((Split-Path -Leaf $SeedPath))))", ''
        @(($Line -replace '-+', '-').Trim() -split '\s+' | Where-Object { $_ } | ForEach-Object { if ($_.Contains('…')) { '…' } else { $_ } })
    }

    function Test-TourLine {
        <#
        .SYNOPSIS
        Whether two lines' tokens agree, a `…` on either side standing for the words its cell lost to
        truncation (none or more tokens of the other line; the other columns must still agree).
        #>
        param([string[]] $Left, [string[]] $Right)
        # agree[i, j]: Left from i and Right from j agree (filled from the ends backwards).
        $agree = [bool[,]]::new($Left.Count + 1, $Right.Count + 1)
        for ($i = $Left.Count; $i -ge 0; $i--) {
            for ($j = $Right.Count; $j -ge 0; $j--) {
                $agree[$i, $j] = if ($i -lt $Left.Count -and $Left[$i] -eq '…') {
                    $agree[($i + 1), $j] -or ($j -lt $Right.Count -and $agree[$i, ($j + 1)])
                } elseif ($j -lt $Right.Count -and $Right[$j] -eq '…') {
                    $agree[$i, ($j + 1)] -or ($i -lt $Left.Count -and $agree[($i + 1), $j])
                } elseif ($i -lt $Left.Count -and $j -lt $Right.Count) {
                    $Left[$i] -ceq $Right[$j] -and $agree[($i + 1), ($j + 1)]
                } else {
                    $i -eq $Left.Count -and $j -eq $Right.Count
                }
            }
        }
        $agree[0, 0]
    }

    function Find-TourDifference {
        <# The first pair of lines (1-based numbers and text) where the committed page and a re-run disagree, or nothing. #>
        param([string[]] $Committed, [string[]] $Rerun)
        for ($n = 0; $n -lt [Math]::Max($Committed.Count, $Rerun.Count); $n++) {
            $left = if ($n -lt $Committed.Count) { $Committed[$n] } else { '<end of file>' }
            $right = if ($n -lt $Rerun.Count) { $Rerun[$n] } else { '<end of file>' }
            if ($n -ge $Committed.Count -or $n -ge $Rerun.Count -or -not (Test-TourLine (ConvertTo-TourLine $left) (ConvertTo-TourLine $right))) {
                return "docs/powershell.md line $($n + 1): '$left'`nre-run line $($n + 1): '$right'"
            }
        }
    }
}

Describe 'The normalisation of the tour page' {
    It 'ignores padding, rule lengths and where a cell was cut off' {
        Test-TourLine (ConvertTo-TourLine 'Chair to trave 08:30 local time Meeting with the Chief') (ConvertTo-TourLine 'Chair to trave  08:30 local t… Meeting with the Chief') | Should -BeTrue
        Test-TourLine (ConvertTo-TourLine 'at Harpa Conference Cen…') (ConvertTo-TourLine 'at Harpa Conference Centre') | Should -BeTrue
        Test-TourLine (ConvertTo-TourLine '----   --------') (ConvertTo-TourLine '---- -----') | Should -BeTrue
    }

    It 'still sees a changed word, a lost column and a changed word beside a cut cell' {
        Test-TourLine (ConvertTo-TourLine 'Speech NATO 2024-07-01 31') (ConvertTo-TourLine 'Speech NATO 2024-07-01 32') | Should -BeFalse
        Test-TourLine (ConvertTo-TourLine '---- ----') (ConvertTo-TourLine '----') | Should -BeFalse
        Test-TourLine (ConvertTo-TourLine '08:30 local t… Meeting') (ConvertTo-TourLine '08:30 local time Visit') | Should -BeFalse
    }
}

Describe 'docs/powershell.md' {
    It 'shows what a re-run of docs/powershell-tour.sh prints (up to column widths)' {
        $rerun = Join-Path $TestDrive 'powershell.md'
        # The suite runs over the module test.sh has just built, so the tour need not build it again.
        $env:BULLETINS_TOUR_NO_BUILD = '1'
        try { $log = bash (Join-Path $RepoRoot 'docs/powershell-tour.sh') $rerun 2>&1 | Out-String }
        finally { Remove-Item Env:BULLETINS_TOUR_NO_BUILD }
        $LASTEXITCODE | Should -Be 0 -Because $log

        $difference = Find-TourDifference (Get-Content (Join-Path $RepoRoot 'docs/powershell.md')) (Get-Content $rerun)
        $difference | Should -BeNullOrEmpty -Because 'the page must be regenerated with docs/powershell-tour.sh when the output changes'
    }
}
