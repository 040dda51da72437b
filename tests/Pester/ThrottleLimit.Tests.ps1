# Import-Bulletin's worker threads (-ThrottleLimit): the same articles in the same order whatever the
# count, and a pipeline that stops early (Select-Object -First, Ctrl+C) leaves no worker thread behind.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop

    # The workers are named threads: Linux shows the first 15 characters of the name in the task's comm.
    function Get-WorkerThreadCount {
        @(Get-ChildItem "/proc/$PID/task" | ForEach-Object { Get-Content -LiteralPath (Join-Path $_.FullName 'comm') -ErrorAction SilentlyContinue } |
            Where-Object { $_ -like 'Bulletins worke*' }).Count
    }

    $BigPath = Join-Path $TestDrive 'big.txt'
    $seed = [IO.File]::ReadAllText($SeedPath)
    [IO.File]::WriteAllText($BigPath, ($seed.TrimEnd() + "`n`n") * 300)
}

Describe 'Import-Bulletin -ThrottleLimit' {
    It 'gives the same articles, fields and order with one thread, the default and four' {
        $one = @(Import-Bulletin -LiteralPath $SeedPath -ThrottleLimit 1)
        $default = @(Import-Bulletin -LiteralPath $SeedPath)
        $four = @(Import-Bulletin -LiteralPath $SeedPath -ThrottleLimit 4)

        $one.Count | Should -Be 10
        for ($i = 0; $i -lt $one.Count; $i++) {
            $one[$i].Equals($default[$i]) | Should -BeTrue -Because "article $i (value equality reads every field)"
            $one[$i].Equals($four[$i]) | Should -BeTrue
        }
        ($four | ConvertTo-Bulletin -Format JsonLines) -join "`n" | Should -Be (($one | ConvertTo-Bulletin -Format JsonLines) -join "`n")
    }

    It 'refuses a limit below 1' {
        { Import-Bulletin -LiteralPath $SeedPath -ThrottleLimit 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Bulletins.PowerShell.Commands.ImportBulletinCommand'
    }

    It 'stops its workers when Select-Object -First 1 ends the pipeline' {
        $first = Import-Bulletin -LiteralPath $BigPath -ThrottleLimit 2 | Select-Object -First 1

        $first.Line | Should -Be 1
        Get-WorkerThreadCount | Should -Be 0
    }

    It 'has worker threads while it reads, and none once the pipeline is stopped (Ctrl+C)' {
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript('param($path) Import-Module Bulletins; Import-Bulletin -LiteralPath $path -ThrottleLimit 2 | ForEach-Object { Start-Sleep -Milliseconds 20 }').AddArgument($BigPath)
            $pending = $shell.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while ((Get-WorkerThreadCount) -lt 2 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            Get-WorkerThreadCount | Should -Be 2

            $shell.Stop()

            $pending.IsCompleted | Should -BeTrue
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'
            Get-WorkerThreadCount | Should -Be 0
        }
        finally {
            $shell.Dispose()
        }
    }
}
