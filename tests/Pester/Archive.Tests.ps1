# The archive cmdlets in real pwsh, over the installed module layout: Save-Bulletin, Get-Bulletin,
# Search-Bulletin -Archive and Measure-Bulletin on a SQLite file (PostgreSQL where
# BULLETINS_TEST_POSTGRES names a server), and a save in a fresh pwsh that imports the module by name.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
}

Describe 'An archive on a SQLite file' {
    BeforeEach {
        $archive = Join-Path $TestDrive "news-$([guid]::NewGuid().ToString('N')).db"
    }

    It 'saves a bulletin and gives back the records Import-Bulletin gave, equal field for field' {
        Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive
        $imported = @(Import-Bulletin -LiteralPath $SeedPath)
        $stored = @(Get-Bulletin -Archive $archive)
        $stored.Count | Should -Be 10
        for ($i = 0; $i -lt $imported.Count; $i++) {
            $stored[$i].GetType() | Should -Be $imported[$i].GetType()
            $stored[$i].Equals($imported[$i]) | Should -BeTrue -Because $imported[$i].Title
        }
    }

    It 'adds nothing when the same file is saved twice, and -PassThru says why' {
        (Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive -PassThru).SaveStatus | Sort-Object -Unique | Should -Be 'Added'
        (Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive -PassThru).SaveStatus | Sort-Object -Unique | Should -Be 'Unchanged'
        @(Get-Bulletin $archive).Count | Should -Be 10
    }

    It 'says in its help the batch size the archive commits by' {
        # The help repeats ArchiveOptions.BatchSize for the user: it said 500 for a session after the default became 5 000.
        Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive   # loads the archive's assembly
        $description = (Get-Help Save-Bulletin).Description.Text -join ' '
        $description -match 'batches of ([\d ]+) \(ArchiveOptions\.BatchSize\)' | Should -BeTrue
        [int]($Matches[1] -replace ' ', '') | Should -Be ([Bulletins.Archive.ArchiveOptions]::new().BatchSize)
    }

    It 'commits in batches of -BatchSize: a save stopped after its first output keeps the batches committed by then, and no more' {
        $imported = @(Import-Bulletin -LiteralPath $SeedPath)
        $first = Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive -BatchSize 2 -PassThru | Select-Object -First 1
        $first.SaveStatus | Should -Be 'Added'
        # The first output comes once the first batch of 2 is committed; the next batch may be written beside the reading by then.
        $stored = @(Get-Bulletin -Archive $archive).Count
        $stored | Should -BeGreaterOrEqual 2
        $stored | Should -BeLessThan $imported.Count
        { Save-Bulletin -Archive $archive -BatchSize 0 -InputObject $imported[0] -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Bulletins.PowerShell.Commands.SaveBulletinCommand'
    }

    It 'says in its help the default -BatchSize, which is the library''s' {
        Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive   # loads the archive's assembly
        $parameter = (Get-Help Save-Bulletin -Parameter BatchSize)
        [int]$parameter.defaultValue | Should -Be ([Bulletins.Archive.ArchiveOptions]::new().BatchSize)
        (Get-Command Save-Bulletin).Parameters['BatchSize'].ParameterType | Should -Be ([int])
    }

    It 'says with -Verbose when opening brought an older archive up to date, and that it is current afterwards' {
        # The archive the first store version wrote (tests/Bulletins.Archive.Tests/Fixtures), as a user's would be.
        Copy-Item (Join-Path $PSScriptRoot '../Bulletins.Archive.Tests/Fixtures/archive-v1.db') $archive
        $current = [Bulletins.Archive.BulletinArchive]::StoreVersion
        $said = @(Get-Bulletin -Archive $archive -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        $said[0].Message | Should -BeLike "Opened the SQLite archive '$archive' and brought it up to date: store version 1 to 2*"
        $again = @(Get-Bulletin -Archive $archive -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        $again[0].Message | Should -Be "Opened the SQLite archive '$archive' (store version $current)."
    }

    It 'creates nothing under -WhatIf' {
        Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive -WhatIf
        Test-Path $archive | Should -BeFalse
    }

    It 'searches with the query and filters Search-Bulletin has over files' {
        Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive
        $overFile = Search-Bulletin '"Washington Summit"' -LiteralPath $SeedPath -Source NATO
        $overArchive = Search-Bulletin '"Washington Summit"' -Archive $archive -Source NATO
        @($overArchive).Count | Should -Be 2
        ($overArchive.Article.Id | Sort-Object) | Should -Be ($overFile.Article.Id | Sort-Object)
        $overArchive[0].Matches[0].Field | Should -Be 'Title'
    }

    It 'refuses -Order with -Archive when binding, rather than ignoring it (the archive ranks by its own index)' {
        Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive
        { Search-Bulletin 'NATO' -Archive $archive -Order FileOrder -ErrorAction Stop } | Should -Throw -ErrorId 'AmbiguousParameterSet,Bulletins.PowerShell.Commands.SearchBulletinCommand'
    }

    It 'says with -Verbose how many hits the archive gave and in what order' {
        Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive
        $said = Search-Bulletin 'NATO' -Archive $archive -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        # The first message says the archive was opened (its store version), the last what was found.
        $said[-1].Message | Should -BeLike "Found 6 hits in the archive '*', ranked by its full-text index (not by Score) within windows of the 1000 newest matches, the newest window first."
        $listed = Search-Bulletin -Archive $archive -Source Europol -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $listed[-1].Message | Should -BeLike "Found 2 articles in the archive '*', in the order they were saved."
    }

    It 'lists sightings and summarises by source' {
        Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive
        $copy = Join-Path $TestDrive 'copy.txt'
        Copy-Item $SeedPath $copy
        Import-Bulletin -LiteralPath $copy | Save-Bulletin -Archive $archive
        (Get-Bulletin $archive -Kind Statement -Sighting).Sightings.File | Should -Be @($SeedPath, $copy)
        (Measure-Bulletin $archive -By Source | Where-Object Key -eq NATO).Articles | Should -Be 6
    }

    It 'shows each month''s money as currencies and sums at the prompt, not as a dictionary' {
        Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $archive
        $text = Measure-Bulletin $archive -By Month | Out-String -Width 120

        $text | Should -Match '(?m)^Month\s+Articles\s+Arrests\s+Money\s*$'
        $text | Should -Match 'EUR 1,800,000,000'
        $text | Should -Not -Match '\[EUR|KeyValuePair|Dictionary'
    }

    It 'fails with a stable error id on a file that is no archive' {
        { Get-Bulletin -Archive $SeedPath -ErrorAction Stop } | Should -Throw -ErrorId 'NotAnArchive,Bulletins.PowerShell.Commands.GetBulletinCommand'
    }
}

Describe 'The installed module in a fresh pwsh' {
    It 'imports by name and saves into a new archive, loading SQLite''s native library for the platform' {
        $archive = Join-Path $TestDrive 'fresh.db'
        $result = Invoke-FreshPwsh -ArgumentList $SeedPath, $archive {
            param($seed, $archive)
            Import-Module Bulletins -ErrorAction Stop
            Import-Bulletin -LiteralPath $seed | Save-Bulletin -Archive $archive
            @(Get-Bulletin $archive).Count
            (Get-Module Bulletins).ModuleBase
        }
        $result[0] | Should -Be 10
        $result[1] | Should -BeLike "$ModuleLayoutRoot*"
    }
}

Describe 'An archive on PostgreSQL' {
    It 'saves and reads back by connection string' -Skip:([string]::IsNullOrEmpty($env:BULLETINS_TEST_POSTGRES) -and [string]::IsNullOrEmpty($env:BULLETINS_REQUIRE_POSTGRES)) {
        $env:BULLETINS_TEST_POSTGRES | Should -Not -BeNullOrEmpty -Because 'CI starts a server (.ci/postgres.sh)'
        # A database of its own for this test, dropped afterwards, made with the Npgsql the module ships.
        Add-Type -Path (Join-Path (Get-Module Bulletins).ModuleBase 'Npgsql.dll')
        $name = "pester_$([guid]::NewGuid().ToString('N').Substring(0, 12))"
        $builder = [Npgsql.NpgsqlConnectionStringBuilder]::new($env:BULLETINS_TEST_POSTGRES)
        $admin = [Npgsql.NpgsqlConnection]::new($builder.ConnectionString)
        $admin.Open()
        try {
            $command = $admin.CreateCommand(); $command.CommandText = "CREATE DATABASE $name"; [void] $command.ExecuteNonQuery()
            $builder.Database = $name
            $location = $builder.ConnectionString
            Import-Bulletin -LiteralPath $SeedPath | Save-Bulletin -Archive $location
            @(Get-Bulletin -Archive $location).Count | Should -Be 10
            @(Search-Bulletin EncroChat -Archive $location).Count | Should -Be 2
        }
        finally {
            [Npgsql.NpgsqlConnection]::ClearAllPools()
            $command = $admin.CreateCommand(); $command.CommandText = "DROP DATABASE IF EXISTS $name WITH (FORCE)"; [void] $command.ExecuteNonQuery()
            $admin.Dispose()
        }
    }
}
