# The pipelines users write around the cmdlets: the standard cmdlets over articles, and the module in
# other runspaces (ForEach-Object -Parallel, thread jobs), where it loads again by name.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
}

Describe 'Standard cmdlets over articles' {
    It 'Group-Object and Measure-Object count articles by kind and source' {
        $articles = Import-Bulletin -LiteralPath $SeedPath
        $byKind = $articles | Group-Object Kind -NoElement

        ($byKind | Measure-Object Count -Sum).Sum | Should -Be 10
        ($byKind | Where-Object Name -eq 'OperationReport').Count | Should -Be @($articles | Where-Object Kind -eq OperationReport).Count
        ($articles | Group-Object Source | Sort-Object Name).Name | Should -Be ($articles.Source | Sort-Object -Unique)
    }

    It 'Sort-Object and Select-Object pick the operations with the most arrests' {
        $top = Get-ChildItem (Split-Path $SeedPath) -Filter *.txt | Import-Bulletin -Unique |
            Where-Object Kind -eq OperationReport | Sort-Object Arrests -Descending | Select-Object -First 1 Source, Arrests, Title

        $top.Arrests | Should -Be (Import-Bulletin -LiteralPath $SeedPath -Kind OperationReport | Measure-Object Arrests -Maximum).Maximum
        $top.PSObject.Properties.Name | Should -Be 'Source', 'Arrests', 'Title'
    }

    It 'ConvertTo-Json of selected fields reads back with ConvertFrom-Json' {
        $json = Import-Bulletin -LiteralPath $HarbourPath | Select-Object Title, Source, Line, Countries | ConvertTo-Json

        $back = $json | ConvertFrom-Json
        $back.Source | Should -Be 'Europol', 'NATO'
        $back[0].Countries | Should -Contain 'Estonia'
    }
}

Describe 'The module in other runspaces' {
    It 'imports in ForEach-Object -Parallel, one file per thread, and gives the same articles' {
        $files = $SeedPath, $HarbourPath, $JudicialPath

        $parallel = $files | ForEach-Object -Parallel { Import-Bulletin -LiteralPath $_ } -ThrottleLimit 3

        ($parallel.Id | Sort-Object) | Should -Be ((Import-Bulletin -LiteralPath $files).Id | Sort-Object)
    }

    It 'imports in a thread job and gives the articles back through Receive-Job' {
        $job = Start-ThreadJob { param($file) Import-Bulletin -LiteralPath $file | ForEach-Object Title } -ArgumentList $HarbourPath

        $titles = $job | Receive-Job -Wait -AutoRemoveJob

        $titles | Should -Be (Import-Bulletin -LiteralPath $HarbourPath).Title
    }

    It 'reports a thread job''s error with its id' {
        $job = Start-ThreadJob { Import-Bulletin -LiteralPath (Join-Path $using:TestDrive 'missing.txt') }

        $job | Receive-Job -Wait -AutoRemoveJob -ErrorVariable errors -ErrorAction SilentlyContinue

        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'FileNotFound,*'
    }
}
