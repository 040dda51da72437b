BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    . $PSScriptRoot/Support/TestBulletins.ps1
    Import-Module Bulletins -ErrorAction Stop
    $plain = New-TestBulletin (Join-Path $TestDrive 'week.txt') @(
        (New-TestArticle 'Secretary General to visit Norway' 'NATO' @('The Secretary General will travel to Oslo on 10 March 2025.'))
        (New-TestArticle '12 arrested in action against investment fraud ring' 'Europol' @('Investigators arrested 12 suspects in Spain.', 'Notes to editors follow below.'))
    )
    # Compressed the way archives are: gzip of the whole file.
    function Compress-File([string] $Source, [string] $Target) {
        $in = [IO.File]::OpenRead($Source); $out = [IO.Compression.GZipStream]::new([IO.File]::Create($Target), [IO.Compression.CompressionLevel]::Optimal)
        try { $in.CopyTo($out) } finally { $out.Dispose(); $in.Dispose() }
        Get-Item $Target
    }
    $gz = Compress-File $plain (Join-Path $TestDrive 'week.txt.gz')
    $broken = Join-Path $TestDrive 'broken.txt.gz'
    [IO.File]::WriteAllBytes($broken, [byte[]](@(0x1F, 0x8B, 0x08, 0) + @(1..60)))
}

Describe 'Gzip-compressed bulletins read transparently' {
    It 'Import-Bulletin reads the same articles from the .gz' {
        $fromGz = Get-ChildItem $TestDrive -Filter *.gz | Where-Object Name -ne 'broken.txt.gz' | Import-Bulletin
        $fromGz.Title | Should -Be (Import-Bulletin $plain).Title
        $fromGz[0].File | Should -Be $gz.FullName
    }

    It 'Search-Bulletin and Test-Bulletin read it too' {
        (Search-Bulletin Oslo -LiteralPath $gz.FullName).Title | Should -Be 'Secretary General to visit Norway'
        Test-Bulletin $gz.FullName -Quiet | Should -BeTrue
    }

    It '-Source completes from a .gz named on the command line' {
        $line = "Import-Bulletin -LiteralPath '$($gz.FullName)' -Source "
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('Europol', 'NATO')
    }

    It 'a damaged .gz is a FileReadFailed error, not a crash' {
        $caught = try { Import-Bulletin $broken -ErrorAction Stop } catch { $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'FileReadFailed,*'
        Test-Bulletin $broken -Quiet | Should -BeFalse
        (Test-Bulletin $broken).Code | Should -Contain 'ReadFailed'
    }
}
