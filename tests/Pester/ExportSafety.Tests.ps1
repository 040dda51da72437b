# Export-Bulletin never destroys data, and pipes are read like files (issue 9, items 2-4 and 10), in real pwsh.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
}

Describe 'Export-Bulletin onto its own input' {
    BeforeEach {
        $file = Join-Path $TestDrive 'a.txt'
        # The shared seed is read-only; its copy must not be (that would be refused without -Force).
        Set-Content -LiteralPath $file -Value (Get-Content -Raw $SeedPath) -NoNewline
        $before = Get-FileHash $file
        $titles = Import-Bulletin -LiteralPath $file | ForEach-Object Title
    }

    It 'replaces the file with its own articles when Import-Bulletin reads it (written safely)' {
        Import-Bulletin -LiteralPath $file | Export-Bulletin -LiteralPath $file
        Import-Bulletin -LiteralPath $file | ForEach-Object Title | Should -Be $titles
        Get-ChildItem $TestDrive -Force -Filter '*.tmp' | Should -BeNullOrEmpty
    }

    It 'replaces the file with its own articles when Get-Content feeds ConvertFrom-Bulletin' {
        Get-Content $file | ConvertFrom-Bulletin | Export-Bulletin -LiteralPath $file
        Import-Bulletin -LiteralPath $file | ForEach-Object Title | Should -Be $titles
    }

    It 'refuses -Append onto the file Import-Bulletin reads, before anything is touched' {
        { Import-Bulletin -LiteralPath $file | Export-Bulletin -LiteralPath $file -Append } |
            Should -Throw -ErrorId 'AppendToInput,Bulletins.PowerShell.Commands.ExportBulletinCommand'
        (Get-FileHash $file).Hash | Should -Be $before.Hash
        Get-ChildItem $TestDrive -Force -Filter '*.tmp' | Should -BeNullOrEmpty
    }

    It 'refuses -Append of the articles of a file already read' {
        $all = Import-Bulletin -LiteralPath $file
        { $all | Export-Bulletin -LiteralPath $file -Append } |
            Should -Throw -ErrorId 'AppendToInput,Bulletins.PowerShell.Commands.ExportBulletinCommand'
        (Get-FileHash $file).Hash | Should -Be $before.Hash
    }

    It 'refuses -Append onto the file Get-Content feeds ConvertFrom-Bulletin' {
        { Get-Content $file | ConvertFrom-Bulletin | Export-Bulletin -LiteralPath $file -Append } |
            Should -Throw -ErrorId 'AppendToInput,Bulletins.PowerShell.Commands.ExportBulletinCommand'
        (Get-FileHash $file).Hash | Should -Be $before.Hash
    }
}

Describe 'Export-Bulletin when the pipeline fails' {
    It 'leaves the old target whole and no temporary file' {
        $target = Join-Path $TestDrive 'out.jsonl'
        Set-Content -LiteralPath $target -Value '{"old":true}' -NoNewline
        $n = 0
        { Import-Bulletin -LiteralPath $SeedPath | ForEach-Object { if ($n++ -eq 2) { throw 'upstream failure' }; $_ } | Export-Bulletin -LiteralPath $target } |
            Should -Throw 'upstream failure'
        Get-Content -Raw $target | Should -Be '{"old":true}'
        Get-ChildItem $TestDrive -Force -Filter '*.tmp' | Should -BeNullOrEmpty
    }
}

Describe 'Export-Bulletin when the pipeline is stopped (Ctrl+C)' {
    It 'leaves the old target whole and no temporary file' {
        $target = Join-Path $TestDrive 'stopped.txt'
        Set-Content -LiteralPath $target -Value 'old content' -NoNewline
        $shell = [powershell]::Create()
        # The pipeline waits after its first article, so the temporary file exists when it is stopped.
        $null = $shell.AddScript({
                param($seed, $out)
                Import-Module Bulletins
                Import-Bulletin -LiteralPath $seed | ForEach-Object { $_; while ($true) { Start-Sleep -Milliseconds 20 } } | Export-Bulletin -LiteralPath $out
            }).AddArgument($SeedPath).AddArgument($target)
        $running = $shell.BeginInvoke()
        $waited = [Diagnostics.Stopwatch]::StartNew()
        while (-not (Get-ChildItem $TestDrive -Force -Filter '.stopped.txt.*.tmp') -and $waited.Elapsed.TotalMinutes -lt 2) { Start-Sleep -Milliseconds 50 }
        Get-ChildItem $TestDrive -Force -Filter '.stopped.txt.*.tmp' | Should -Not -BeNullOrEmpty -Because 'the export had begun'

        $shell.Stop()

        $running.IsCompleted | Should -BeTrue
        Get-Content -Raw $target | Should -Be 'old content'
        Get-ChildItem $TestDrive -Force -Filter '*.tmp' | Should -BeNullOrEmpty
        $shell.Dispose()
    }
}

Describe 'Export-Bulletin onto a read-only file' {
    It 'does not replace it without -Force' {
        $target = Join-Path $TestDrive 'locked.txt'
        Set-Content -LiteralPath $target -Value 'old' -NoNewline
        Set-ItemProperty -LiteralPath $target -Name IsReadOnly -Value $true
        { Import-Bulletin -LiteralPath $SeedPath | Export-Bulletin -LiteralPath $target } |
            Should -Throw -ErrorId 'FileWriteFailed,Bulletins.PowerShell.Commands.ExportBulletinCommand'
        Get-Content -Raw $target | Should -Be 'old'
        Set-ItemProperty -LiteralPath $target -Name IsReadOnly -Value $false
    }
}

Describe 'Pipes' {
    It 'Import-Bulletin and Test-Bulletin -Quiet read /dev/stdin from a pipe' -Skip:$IsWindows {
        $script = 'Import-Module Bulletins; Import-Bulletin -LiteralPath /dev/stdin | ForEach-Object Title'
        $pwsh = "'$([Environment]::ProcessPath)'" + $(if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') { " '$(Join-Path $PSHOME 'pwsh.dll')'" })
        $titles = bash -c "cat '$SeedPath' | $pwsh -NoProfile -NonInteractive -Command `"$script`""
        $LASTEXITCODE | Should -Be 0
        $titles | Should -Be (Import-Bulletin -LiteralPath $SeedPath | ForEach-Object Title)

        $quiet = bash -c "cat '$SeedPath' | $pwsh -NoProfile -NonInteractive -Command `"Import-Module Bulletins; Test-Bulletin -LiteralPath /dev/stdin -Quiet`""
        $quiet | Should -Be 'True'
    }
}
