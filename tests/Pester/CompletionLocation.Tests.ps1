BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    . $PSScriptRoot/Support/TestBulletins.ps1
    Import-Module Bulletins -ErrorAction Stop
    $folder = New-Item -ItemType Directory (Join-Path $TestDrive 'bulletins')
    New-TestBulletin (Join-Path $folder 'week.txt') @(
        (New-TestArticle 'Frontex supports return operation' 'Frontex' @('Frontex coordinated the operation.'))
        (New-TestArticle 'Coast guards rescue 40 people' 'Hellenic Coast Guard' @('The rescue took place at night.'))
    ) | Out-Null

    function Complete([string] $line) {
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
    }
}

Describe '-Source completion resolves paths against the current location' {
    BeforeEach { Push-Location $folder }
    AfterEach { Pop-Location }

    It 'offers the sources of a relative path after Set-Location (the process directory is elsewhere)' {
        [Environment]::CurrentDirectory | Should -Not -Be $folder.FullName
        Complete 'Import-Bulletin -LiteralPath week.txt -Source ' | Should -Be @('Frontex', "'Hellenic Coast Guard'")
        Complete 'Search-Bulletin rescue -Path ./*.txt -Source h' | Should -Be "'Hellenic Coast Guard'"
    }

    It 'does not offer the sources of a file of the same name in the process directory' {
        $elsewhere = Join-Path ([Environment]::CurrentDirectory) 'week.txt'
        if (Test-Path $elsewhere) { Set-ItResult -Skipped -Because "$elsewhere exists" }
        New-TestBulletin $elsewhere @(New-TestArticle 'Unrelated bulletin' 'Eurojust' @('Text.')) | Out-Null
        try {
            Set-Location (New-Item -ItemType Directory (Join-Path $TestDrive 'empty'))
            Complete 'Import-Bulletin -LiteralPath week.txt -Source ' | Should -BeNullOrEmpty
        }
        finally { Remove-Item -Force $elsewhere }
    }
}
