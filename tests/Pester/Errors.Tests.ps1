# Every error the module writes, by its stable ErrorId and category: bad inputs are non-terminating
# (the other files still import) and terminating under -ErrorAction Stop, as try/catch and $Error see them.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop

    function New-BadInput([string] $Kind) {
        switch ($Kind) {
            'missing'   { Join-Path $TestDrive 'missing.txt' }
            'folder'    { (New-Item -ItemType Directory -Force (Join-Path $TestDrive 'folder')).FullName }
            'provider'  { 'Env:HOME' }
            'binary'    {
                $png = Join-Path $TestDrive 'image.png'
                [IO.File]::WriteAllBytes($png, [byte[]] (0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0))
                $png
            }
        }
    }
}

Describe 'A bad input to Import-Bulletin' {
    It '<Kind> is a non-terminating <ErrorId> (<Category>) error and the other files still import' -ForEach @(
        @{ Kind = 'missing'; ErrorId = 'FileNotFound'; Category = 'ObjectNotFound' }
        @{ Kind = 'folder'; ErrorId = 'PathIsDirectory'; Category = 'InvalidArgument' }
        @{ Kind = 'provider'; ErrorId = 'NotFileSystemPath'; Category = 'InvalidArgument' }
        @{ Kind = 'binary'; ErrorId = 'BinaryFile'; Category = 'InvalidData' }
    ) {
        $bad = New-BadInput $Kind
        $Error.Clear()

        $articles = Import-Bulletin -LiteralPath $bad, $JudicialPath -ErrorAction SilentlyContinue

        $Error.Count | Should -Be 1
        $Error[0].FullyQualifiedErrorId | Should -Be "$ErrorId,Bulletins.PowerShell.Commands.ImportBulletinCommand"
        "$($Error[0].CategoryInfo.Category)" | Should -Be $Category
        $articles.Count | Should -Be 2
    }

    It '<Kind> is a terminating <ErrorId> error under -ErrorAction Stop' -ForEach @(
        @{ Kind = 'missing'; ErrorId = 'FileNotFound'; Category = 'ObjectNotFound' }
        @{ Kind = 'folder'; ErrorId = 'PathIsDirectory'; Category = 'InvalidArgument' }
        @{ Kind = 'provider'; ErrorId = 'NotFileSystemPath'; Category = 'InvalidArgument' }
        @{ Kind = 'binary'; ErrorId = 'BinaryFile'; Category = 'InvalidData' }
    ) {
        $bad = New-BadInput $Kind
        $caught = $null
        $after = $false

        try { Import-Bulletin -LiteralPath $bad, $JudicialPath -ErrorAction Stop; $after = $true }
        catch { $caught = $_ }

        $caught.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        "$($caught.CategoryInfo.Category)" | Should -Be $Category
        $after | Should -BeFalse
    }
}

Describe 'Errors in scripts' {
    It 'can be caught by id' {
        $handled = try { Import-Bulletin -LiteralPath (Join-Path $TestDrive 'nowhere.txt') -ErrorAction Stop }
        catch { if ($_.FullyQualifiedErrorId -like 'FileNotFound,*') { 'missing file handled' } }

        $handled | Should -Be 'missing file handled'
    }

    It 'a wildcard that matches nothing is FileNotFound' {
        Import-Bulletin -Path (Join-Path $TestDrive '*.bulletin') -ErrorVariable errors -ErrorAction SilentlyContinue

        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'FileNotFound,*'
    }

    It 'an unknown kind stops the command before it reads, naming the kinds there are' {
        $caught = try { Import-Bulletin -LiteralPath $SeedPath -Kind Speach } catch { $_ }

        $caught.FullyQualifiedErrorId | Should -BeLike 'UnknownKind,*'
        $caught.Exception.Message | Should -Match 'NewsRelease'
    }

    It 'lines the reader cannot place in an article are BulletinContent errors with file and line' {
        $file = Join-Path $TestDrive 'stray.txt'
        Set-Content -LiteralPath $file -NoNewline -Value ("a stray line before any article`n`n" + (New-TestArticle 'Allies meet in Brussels' NATO 'They met.'))

        $articles = Import-Bulletin -LiteralPath $file -ErrorVariable errors -ErrorAction SilentlyContinue

        $content = @($errors | Where-Object FullyQualifiedErrorId -like 'BulletinContent,*')
        $content.Count | Should -Be 1
        "$($content[0].CategoryInfo.Category)" | Should -Be 'InvalidData'
        $content[0].Exception.Message | Should -Match 'stray\.txt:1:'
        @($articles).Count | Should -Be 1
    }

    It 'reader warnings go to the warning stream and the article still imports' {
        # 0xFF is not UTF-8: the reader replaces it and warns (BLT003) instead of dropping the line.
        $file = Join-Path $TestDrive 'damaged.txt'
        $bytes = [Text.Encoding]::UTF8.GetBytes("Allies meet in Brussels`n`nSource: NATO`n`nThey met ") + [byte] 0xFF + [Text.Encoding]::UTF8.GetBytes("today.`n")
        [IO.File]::WriteAllBytes($file, [byte[]] $bytes)

        $articles = Import-Bulletin -LiteralPath $file -ErrorVariable errors -WarningVariable warnings -WarningAction SilentlyContinue

        $errors.Count | Should -Be 0
        $warnings | Where-Object { "$_" -match 'damaged\.txt:5:' -and "$_" -match 'BLT003' } | Should -Not -BeNullOrEmpty
        @($articles).Count | Should -Be 1
    }
}

Describe 'Export-Bulletin errors' {
    It '-NoClobber on an existing file is a terminating FileExists error and the file is kept' {
        $target = Join-Path $TestDrive 'out.jsonl'
        Set-Content -LiteralPath $target -Value 'keep me'

        $caught = try { Import-Bulletin -LiteralPath $JudicialPath | Export-Bulletin -LiteralPath $target -NoClobber } catch { $_ }

        $caught.FullyQualifiedErrorId | Should -BeLike 'FileExists,*'
        "$($caught.CategoryInfo.Category)" | Should -Be 'ResourceExists'
        Get-Content -Raw $target | Should -Be "keep me$([Environment]::NewLine)"
    }

    It 'writing to a directory or to another provider is a terminating error' {
        $directory = try { Import-Bulletin -LiteralPath $JudicialPath | Export-Bulletin -LiteralPath $TestDrive } catch { $_ }
        $provider = try { Import-Bulletin -LiteralPath $JudicialPath | Export-Bulletin -LiteralPath Env:OUT } catch { $_ }

        $directory.FullyQualifiedErrorId | Should -BeLike 'PathIsDirectory,*'
        $provider.FullyQualifiedErrorId | Should -BeLike 'NotFileSystemPath,*'
    }

    It 'writing into a missing folder is a terminating FileWriteFailed error' {
        $caught = try { Import-Bulletin -LiteralPath $JudicialPath | Export-Bulletin -LiteralPath (Join-Path $TestDrive 'no-such-folder/out.txt') } catch { $_ }

        $caught.FullyQualifiedErrorId | Should -BeLike 'FileWriteFailed,*'
        "$($caught.CategoryInfo.Category)" | Should -Be 'WriteError'
    }
}

Describe 'Errors in a pwsh -Command script, as a scheduled job runs it' {
    It 'a non-terminating error goes to stderr, the rest still runs and pwsh exits 0' {
        $run = Invoke-PwshText "Import-Bulletin -LiteralPath '$(Join-Path $TestDrive 'missing.txt')'; 'still here'"

        $run.ExitCode | Should -Be 0
        $run.Text | Should -Match 'Cannot find the file'
        $run.Text | Should -Match 'still here'
    }

    It '-ErrorAction Stop ends the script with exit code 1' {
        $run = Invoke-PwshText "Import-Bulletin -LiteralPath '$(Join-Path $TestDrive 'missing.txt')' -ErrorAction Stop; 'not reached'"

        $run.ExitCode | Should -Be 1
        $run.Text | Should -Match 'Cannot find the file'
        $run.Text | Should -Not -Match 'not reached'
    }

    It 'a failing last statement (Export-Bulletin -NoClobber) gives exit code 1 and keeps the file' {
        $existing = Join-Path $TestDrive 'keep.txt'
        Set-Content -LiteralPath $existing -Value 'keep' -NoNewline

        $run = Invoke-PwshText "Import-Bulletin -LiteralPath '$JudicialPath' | Export-Bulletin -LiteralPath '$existing' -NoClobber"

        $run.ExitCode | Should -Be 1
        $run.Text | Should -Match 'already exists'
        Get-Content -Raw $existing | Should -Be 'keep'
    }
}
