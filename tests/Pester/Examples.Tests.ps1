# Every example the help and the README show runs as shown, in real pwsh: the examples of Get-Help
# <cmdlet> -Examples and of about_Bulletins in a folder holding the files they name, and the README's
# and docs/archive.md's powershell blocks in a fresh pwsh in a folder laid out like a clone (../shared beside it).
BeforeDiscovery {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    $cmdletExamples = foreach ($command in Get-Command -Module Bulletins) {
        $number = 0
        foreach ($example in (Get-Help $command.Name -Examples).examples.example) {
            $number++
            @{ Source = "$($command.Name) example $number"; Code = ($example.code -join "`n") }
        }
    }
    # about_Bulletins: in its sections of examples, each run of lines indented by eight spaces or more
    # is one example (elsewhere such lines are tables: the kinds, the cmdlets).
    $aboutPath = Join-Path (Get-Module Bulletins).ModuleBase 'en-US/about_Bulletins.help.txt'
    $sections = [regex]::Split((Get-Content -Raw $aboutPath), '(?m)^  (?=[A-Z][A-Z ]+\r?$)')
    $aboutExamples = $sections | Where-Object { $_ -match '^(A TOUR OF PIPELINES|INSTALLING)' } | ForEach-Object {
        [regex]::Matches($_, '(?m)(^ {8,}\S.*\r?\n)+') | ForEach-Object {
            @{ Source = 'about_Bulletins'; Code = ($_.Value -split '\r?\n' | ForEach-Object Trim | Where-Object { $_ }) -join "`n" }
        }
    }
    # The README's blocks and those of the docs that show pwsh sessions from the repository root.
    $readmeBlocks = foreach ($document in 'README.md', 'docs/archive.md') {
        [regex]::Matches((Get-Content -Raw (Join-Path $RepoRoot $document)), '(?ms)^```powershell\r?\n(.*?)^```') | ForEach-Object {
            @{ Document = $document; Code = $_.Groups[1].Value }
        }
    }
}

BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop

    # The files the examples name: bulletins in the seed's style, folders of them, an inbox with one
    # bulletin that has an error (text before the first article) and a folder to accept the others into.
    function New-ExampleFolder {
        $folder = New-Item -ItemType Directory (Join-Path $TestDrive ([guid]::NewGuid()))
        foreach ($name in 'seed.txt', 'today.txt', '2024-02-06.txt', '2024-02-07.txt') { Copy-Item $SeedPath (Join-Path $folder $name) }
        Copy-Item $JudicialPath (Join-Path $folder 'a.txt')
        Copy-Item $HarbourPath (Join-Path $folder 'tuesday.txt')
        Copy-Item $JudicialPath (Join-Path $folder 'week.txt')
        Copy-Item -LiteralPath $HarbourPath -Destination (Join-Path $folder 'bulletin[2025].txt')
        $bulletins = New-Item -ItemType Directory (Join-Path $folder 'bulletins')
        Copy-Item $SeedPath, $HarbourPath, $JudicialPath $bulletins
        $inbox = New-Item -ItemType Directory (Join-Path $folder 'inbox')
        Copy-Item $JudicialPath (Join-Path $inbox 'today.txt')
        Set-Content -LiteralPath (Join-Path $inbox 'damaged.txt') -NoNewline -Value ("PAGE 1 OF 2`n`n" + (Get-Content -Raw $HarbourPath))
        New-Item -ItemType Directory (Join-Path $folder 'accepted') | Out-Null
        $folder
    }
}

# The Describe blocks below are made from what discovery found: a section renamed, a fence spelled
# another way, and their examples would silently not run. So each source must give some.
Describe 'The examples to run' {
    It 'come from every source: each cmdlet''s help, about_Bulletins, README.md and docs/archive.md' -ForEach @{
        Sources = @(@($cmdletExamples; $aboutExamples).Source; $readmeBlocks.Document)
    } {
        foreach ($command in Get-Command -Module Bulletins) {
            $Sources | Where-Object { $_ -like "$($command.Name) example *" } | Should -Not -BeNullOrEmpty -Because "$($command.Name)'s help shows examples"
        }
        @($Sources | Where-Object { $_ -eq 'about_Bulletins' }).Count | Should -BeGreaterOrEqual 2 -Because 'about_Bulletins shows a tour of pipelines and how to install'
        $Sources | Should -Contain 'README.md'
        $Sources | Should -Contain 'docs/archive.md'
    }
}

Describe 'Help example: <Source>' -ForEach @($cmdletExamples; $aboutExamples) {
    BeforeAll {
        Push-Location (New-ExampleFolder)
    }
    AfterAll { Pop-Location }

    It 'runs without an error: <Code>' {
        $Error.Clear()
        $output = & ([scriptblock]::Create($Code)) 6>&1 | Out-String -Width 120

        $Error.Count | Should -Be 0 -Because ($Error | Out-String)
        $output | Should -Not -Match 'Exception'
    }
}

Describe '<Document> powershell block' -ForEach $readmeBlocks {
    BeforeAll {
        # A clone's layout: the README's paths are relative to the repository root, with ../shared beside it.
        $clone = New-Item -ItemType Directory (Join-Path $TestDrive "clone-$([guid]::NewGuid())/repo")
        New-Item -ItemType SymbolicLink -Path (Join-Path $clone 'artifacts') -Target (Join-Path $RepoRoot 'artifacts') | Out-Null
        New-Item -ItemType SymbolicLink -Path (Join-Path (Split-Path $clone) 'shared') -Target (Split-Path (Split-Path $SeedPath)) | Out-Null
    }

    It 'runs without an error in a fresh pwsh whose PSModulePath the block sets itself' {
        # Only what the block itself does may make the module findable.
        $script = "`$env:PSModulePath = (`$env:PSModulePath -split [IO.Path]::PathSeparator | Where-Object { `$_ -ne '$ModuleLayoutRoot' }) -join [IO.Path]::PathSeparator`n" +
            "Set-Location '$clone'`n`$ErrorActionPreference = 'Stop'`n" + $Code

        $run = Invoke-PwshText $script

        $run.ExitCode | Should -Be 0 -Because $run.Text
        $run.Text | Should -Not -Match 'Exception|Error'
    }
}
