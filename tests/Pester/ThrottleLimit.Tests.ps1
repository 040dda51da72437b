# The cmdlets' worker threads (-ThrottleLimit): Import-Bulletin's, and those that compute every field for
# Export-Bulletin (JSON Lines, CSV) and Save-Bulletin. The same articles, bytes and order whatever the count,
# and a pipeline that stops early (Select-Object -First, Ctrl+C) leaves no worker thread behind.
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

    # A bulletin of 560 articles of varied kinds and lengths, more than the workers' window: the seed and the
    # Pester bulletins, 40 times, each time with the seed's year moved (other ids, dates), repeats among them.
    $GeneratedPath = Join-Path $TestDrive 'generated.txt'
    $texts = $SeedPath, $HarbourPath, $JudicialPath | ForEach-Object { [IO.File]::ReadAllText($_).TrimEnd() }
    $rounds = foreach ($round in 0..39) { foreach ($text in $texts) { $text -replace '\b2024\b', [string](1990 + $round) } }
    [IO.File]::WriteAllText($GeneratedPath, ($rounds -join "`n`n") + "`n")

    function Wait-WorkerThreadCount([int] $Count) {
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        while ((Get-WorkerThreadCount) -lt $Count -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
    }

    # Runs a pipeline in a second PowerShell, waits until it has the workers, stops it as Ctrl+C does and says how many are left.
    function Test-StoppedPipeline([string] $Script, [object[]] $Arguments, [int] $Workers) {
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript($Script)
            foreach ($argument in $Arguments) { $null = $shell.AddArgument($argument) }
            $pending = $shell.BeginInvoke()
            Wait-WorkerThreadCount $Workers
            $during = Get-WorkerThreadCount

            $shell.Stop()

            [pscustomobject]@{ During = $during; Completed = $pending.IsCompleted; State = $shell.InvocationStateInfo.State; After = Get-WorkerThreadCount }
        }
        finally {
            $shell.Dispose()
        }
    }
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

Describe 'Export-Bulletin -ThrottleLimit' {
    BeforeEach {
        $folder = New-Item -ItemType Directory (Join-Path $TestDrive ([guid]::NewGuid()))
    }

    It 'writes <Format> byte for byte the same with one thread, the default and four (<Name>)' -ForEach @(
        @{ Format = 'JsonLines'; Name = 'seed' }, @{ Format = 'Csv'; Name = 'seed' },
        @{ Format = 'JsonLines'; Name = 'generated' }, @{ Format = 'Csv'; Name = 'generated' }
    ) {
        $path = if ($Name -eq 'seed') { $SeedPath } else { $GeneratedPath }
        $one, $default, $four = 'one', 'default', 'four' | ForEach-Object { Join-Path $folder "$_.out" }

        Import-Bulletin -LiteralPath $path | Export-Bulletin -Format $Format -LiteralPath $one -ThrottleLimit 1
        Import-Bulletin -LiteralPath $path | Export-Bulletin -Format $Format -LiteralPath $default
        Import-Bulletin -LiteralPath $path | Export-Bulletin -Format $Format -LiteralPath $four -ThrottleLimit 4

        (Get-Item $one).Length | Should -BeGreaterThan 1000
        (Get-FileHash $default).Hash | Should -Be (Get-FileHash $one).Hash
        (Get-FileHash $four).Hash | Should -Be (Get-FileHash $one).Hash
    }

    It 'passes every article on with -PassThru, in the order it came' {
        $out = Join-Path $folder 'passed.jsonl'

        $passed = @(Import-Bulletin -LiteralPath $GeneratedPath | Export-Bulletin -Format JsonLines -LiteralPath $out -ThrottleLimit 2 -PassThru)

        $passed.Count | Should -Be 560
        ($passed.Line -join ',') | Should -Be ((Import-Bulletin -LiteralPath $GeneratedPath -ThrottleLimit 1).Line -join ',')
        (Get-Content $out).Count | Should -Be 560
    }

    It 'writes nothing under -WhatIf and still passes the articles on' {
        $out = Join-Path $folder 'whatif.jsonl'

        $passed = @(Import-Bulletin -LiteralPath $SeedPath | Export-Bulletin -Format JsonLines -LiteralPath $out -ThrottleLimit 2 -PassThru -WhatIf)

        $passed.Count | Should -Be 10
        Test-Path $out | Should -BeFalse
    }

    It 'starts no worker for the text format, which writes no field the workers would compute' {
        $out = Join-Path $folder 'copy.txt'

        $counts = Import-Bulletin -LiteralPath $GeneratedPath -ThrottleLimit 1 | Export-Bulletin -LiteralPath $out -ThrottleLimit 2 -PassThru | ForEach-Object { Get-WorkerThreadCount }

        $counts | Sort-Object -Unique | Should -Be 0
    }

    It 'refuses a limit below 1' {
        { Import-Bulletin -LiteralPath $SeedPath | Export-Bulletin -Format JsonLines -LiteralPath (Join-Path $folder 'x.jsonl') -ThrottleLimit 0 } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,Bulletins.PowerShell.Commands.ExportBulletinCommand'
    }

    It 'stops its workers when Select-Object -First 1 ends the pipeline after -PassThru' {
        $first = Import-Bulletin -LiteralPath $BigPath | Export-Bulletin -Format JsonLines -LiteralPath (Join-Path $folder 'first.jsonl') -ThrottleLimit 2 -PassThru | Select-Object -First 1

        $first.Line | Should -Be 1
        Get-WorkerThreadCount | Should -Be 0
    }

    It 'has worker threads while it exports, and none once the pipeline is stopped (Ctrl+C), <Case>' -ForEach @(
        @{ Case = 'with -PassThru'; Script = 'param($path, $out) Import-Module Bulletins; Import-Bulletin -LiteralPath $path -ThrottleLimit 1 | Export-Bulletin -Format JsonLines -LiteralPath $out -ThrottleLimit 2 -PassThru | ForEach-Object { Start-Sleep -Milliseconds 20 }' }
        @{ Case = 'without'; Script = 'param($path, $out) Import-Module Bulletins; Import-Bulletin -LiteralPath $path -ThrottleLimit 1 | ForEach-Object { Start-Sleep -Milliseconds 5; $_ } | Export-Bulletin -Format Csv -LiteralPath $out -ThrottleLimit 2' }
    ) {
        $stopped = Test-StoppedPipeline $Script @($BigPath, (Join-Path $folder 'stopped.out')) -Workers 2

        $stopped.During | Should -Be 2
        $stopped.Completed | Should -BeTrue
        $stopped.State | Should -Be 'Stopped'
        $stopped.After | Should -Be 0
        Get-ChildItem $folder -Force | Should -BeNullOrEmpty -Because 'a stopped export leaves no file'
    }
}

Describe 'Save-Bulletin -ThrottleLimit' {
    BeforeEach {
        $folder = New-Item -ItemType Directory (Join-Path $TestDrive ([guid]::NewGuid()))
    }

    It 'stores the same articles with one thread and the default (<Name>)' -ForEach @(@{ Name = 'seed' }, @{ Name = 'generated' }) {
        $path = if ($Name -eq 'seed') { $SeedPath } else { $GeneratedPath }
        $one, $default = 'one.db', 'default.db' | ForEach-Object { Join-Path $folder $_ }

        $savedOne = @(Import-Bulletin -LiteralPath $path | Save-Bulletin -Archive $one -ThrottleLimit 1 -PassThru)
        $savedDefault = @(Import-Bulletin -LiteralPath $path | Save-Bulletin -Archive $default -PassThru)

        $savedDefault.Count | Should -Be $savedOne.Count
        ($savedDefault | ForEach-Object { "$($_.Id) $($_.SaveStatus) $($_.Line)" }) -join "`n" | Should -Be (($savedOne | ForEach-Object { "$($_.Id) $($_.SaveStatus) $($_.Line)" }) -join "`n")
        $storedOne = @(Get-Bulletin -Archive $one)
        $storedDefault = @(Get-Bulletin -Archive $default)
        $storedOne.Count | Should -BeGreaterThan 9
        $storedDefault.Count | Should -Be $storedOne.Count
        for ($i = 0; $i -lt $storedOne.Count; $i++) {
            $storedDefault[$i].Equals($storedOne[$i]) | Should -BeTrue -Because "article $i (value equality reads every field)"
        }
    }

    It 'stops its workers when Select-Object -First 1 ends the pipeline after -PassThru' {
        $first = Import-Bulletin -LiteralPath $GeneratedPath | Save-Bulletin -Archive (Join-Path $folder 'first.db') -ThrottleLimit 2 -PassThru | Select-Object -First 1

        $first.Line | Should -Be 1
        Get-WorkerThreadCount | Should -Be 0
    }

    It 'has worker threads while it saves, and none once the pipeline is stopped (Ctrl+C)' {
        $script = 'param($path, $archive) Import-Module Bulletins; Import-Bulletin -LiteralPath $path -ThrottleLimit 1 | ForEach-Object { Start-Sleep -Milliseconds 5; $_ } | Save-Bulletin -Archive $archive -ThrottleLimit 2'
        $stopped = Test-StoppedPipeline $script @($BigPath, (Join-Path $folder 'stopped.db')) -Workers 2

        $stopped.During | Should -Be 2
        $stopped.Completed | Should -BeTrue
        $stopped.State | Should -Be 'Stopped'
        $stopped.After | Should -Be 0
    }

    It 'refuses a limit below 1' {
        { Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive (Join-Path $folder 'x.db') -ThrottleLimit 0 } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,Bulletins.PowerShell.Commands.SaveBulletinCommand'
    }
}
