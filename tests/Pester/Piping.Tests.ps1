BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    . $PSScriptRoot/Support/TestBulletins.ps1
    Import-Module Bulletins -ErrorAction Stop
    $bulletin = New-TestBulletin (Join-Path $TestDrive 'ukraine.txt') @(
        (New-TestArticle 'Allies pledge air defence for Ukraine' 'NATO' @('Allies agreed on Tuesday to send more air defence systems to Ukraine.', 'The Secretary General welcomed the decision.'))
        (New-TestArticle 'Europol supports action against fraud ring' 'Europol' @('Investigators arrested 12 suspects in Spain and Italy.'))
        (New-TestArticle 'Ministers discuss support to Ukraine' 'NATO' @('Foreign ministers met in Brussels to discuss long-term support to Ukraine.'))
    )
}

Describe 'Search hits pipe wherever articles do' {
    It 'Export-Bulletin writes one record per hit' {
        $out = Join-Path $TestDrive 'hits.jsonl'
        Search-Bulletin Ukraine $bulletin | Export-Bulletin -Format JsonLines -Path $out -ErrorAction Stop
        $titles = Get-Content $out | ConvertFrom-Json | ForEach-Object title
        $titles | Should -HaveCount 2
        $titles | Should -Contain 'Ministers discuss support to Ukraine'
    }

    It 'every cmdlet that takes articles from the pipeline takes hits' {
        $takers = Get-Command -Module Bulletins | Where-Object {
            $_.Parameters.Values | Where-Object { $_.ParameterType -in [Bulletins.Article], [Bulletins.Article[]] }
        }
        $takers.Name | Should -Be @('ConvertTo-Bulletin', 'Export-Bulletin', 'Save-Bulletin', 'Search-Bulletin')
        $hits = Search-Bulletin Ukraine $bulletin -Order FileOrder
        (ConvertTo-Bulletin -InputObject $hits[0].Article) | Should -BeExactly ($hits[0] | ConvertTo-Bulletin)
        ($hits | Search-Bulletin Brussels).Title | Should -Be 'Ministers discuss support to Ukraine'
        ($hits | Export-Bulletin -Path (Join-Path $TestDrive 'hits.txt') -PassThru).Count | Should -Be 2
        ($hits | Save-Bulletin -Archive (Join-Path $TestDrive 'hits.db') -PassThru).SaveStatus | Should -Be @('Added', 'Added')
    }
}
