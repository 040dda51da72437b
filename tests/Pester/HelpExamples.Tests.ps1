# Every example Get-Help shows runs as shown, in real pwsh, in a folder holding the files it names.
BeforeDiscovery {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    $examples = foreach ($command in Get-Command -Module Bulletins) {
        $number = 0
        foreach ($example in (Get-Help $command.Name -Examples).examples.example) {
            $number++
            @{ Command = $command.Name; Number = $number; Code = ($example.code -join "`n") }
        }
    }
}

BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop

    # The files the examples name: bulletins in the seed's style, a folder of them, an inbox with one
    # bulletin that has an error (text before the first article) and a folder to accept the others into.
    function New-ExampleFolder {
        $folder = New-Item -ItemType Directory (Join-Path $TestDrive ([guid]::NewGuid()))
        Copy-Item $SeedPath (Join-Path $folder 'seed.txt')
        Copy-Item $SeedPath (Join-Path $folder 'today.txt')
        Copy-Item $JudicialPath (Join-Path $folder 'a.txt')
        Copy-Item $HarbourPath (Join-Path $folder 'tuesday.txt')
        Copy-Item $JudicialPath (Join-Path $folder 'week.txt')
        Copy-Item -LiteralPath $HarbourPath -Destination (Join-Path $folder 'bulletin[2025].txt')
        $bulletins = New-Item -ItemType Directory (Join-Path $folder 'bulletins')
        Copy-Item $SeedPath, $HarbourPath, $JudicialPath $bulletins
        $inbox = New-Item -ItemType Directory (Join-Path $folder 'inbox')
        Copy-Item $JudicialPath $inbox
        Set-Content -LiteralPath (Join-Path $inbox 'damaged.txt') -NoNewline -Value ("PAGE 1 OF 2`n`n" + (Get-Content -Raw $HarbourPath))
        New-Item -ItemType Directory (Join-Path $folder 'accepted') | Out-Null
        $folder
    }
}

Describe 'Help example <Number> of <Command>' -ForEach $examples {
    BeforeAll {
        $folder = New-ExampleFolder
        Push-Location $folder
    }
    AfterAll { Pop-Location }

    It 'runs without an error: <Code>' {
        $Error.Clear()
        $output = & ([scriptblock]::Create($Code)) 6>&1 | Out-String -Width 120

        $Error.Count | Should -Be 0 -Because ($Error | Out-String)
        $output | Should -Not -Match 'Exception'
    }
}
