# Tab completion, as the Tab key asks for it: TabExpansion2.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    function Complete([string] $InputScript) {
        (TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length).CompletionMatches.CompletionText
    }
}

Describe 'Tab completion' {
    It '-Kind completes from the schema, on every cmdlet that has it' {
        Complete 'Import-Bulletin -LiteralPath x.txt -Kind Op' | Should -Be 'OperationReport'
        Complete 'Search-Bulletin nato -Kind med' | Should -Be 'MediaAdvisory'
        Complete 'Get-BulletinSchema ' | Sort-Object | Should -Be ($SchemaKindNames | Sort-Object)
    }

    It '-Source completes from the files already on the command line' {
        $line = "Import-Bulletin -LiteralPath '$HarbourPath' -Source "

        Complete $line | Should -Be 'Europol', 'NATO'
        Complete ($line + 'n') | Should -Be 'NATO'
    }

    It '-Encoding and -Format complete their values' {
        Complete 'Import-Bulletin x.txt -Encoding utf8' | Should -Contain 'utf8BOM'
        Complete 'Export-Bulletin out.csv -Format C' | Should -Be 'Csv'
    }
}
