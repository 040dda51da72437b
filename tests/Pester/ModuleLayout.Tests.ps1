# The module folder users install: what Import-Module finds by name, what the manifest says.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
    $module = Get-Module Bulletins
    $version = $ModuleVersion
}

Describe 'The laid-out module' {
    It 'is the one Import-Module finds by name, in Bulletins/<version>/ under artifacts/module' {
        $module.ModuleBase | Should -Be (Join-Path $ModuleLayoutRoot "Bulletins/$version")
    }

    It 'has the version set once, in Directory.Build.props, for the manifest and its own assemblies' {
        $version | Should -Match '^\d+\.\d+\.\d+$'
        $module.Version | Should -Be ([version] $version)
        # Bulletins.dll, Bulletins.PowerShell.dll, Bulletins.Archive.dll (the others are the archive's packages).
        Get-ChildItem $module.ModuleBase -Filter Bulletins*.dll | ForEach-Object {
            [Reflection.AssemblyName]::GetAssemblyName($_.FullName).Version | Should -Be ([version] "$version.0") -Because $_.Name
            $_.VersionInfo.ProductVersion | Should -BeLike "$version*" -Because $_.Name
        }
    }

    It 'holds what pwsh loads and nothing the build leaves behind' {
        $files = Get-ChildItem $module.ModuleBase -Recurse -File -Name
        $files | Where-Object { $_ -notlike "runtimes*" } | Sort-Object | Should -Be @(
            'Bulletins.Archive.dll'
            'Bulletins.dll'
            'Bulletins.Format.ps1xml'
            'Bulletins.PowerShell.dll'
            'Bulletins.psd1'
            'Bulletins.Types.ps1xml'
            (Join-Path 'en-US' 'about_Bulletins.help.txt')
            (Join-Path 'en-US' 'Bulletins.PowerShell.dll-Help.xml')
            'LICENSE'
            'Microsoft.Data.Sqlite.dll'
            'Microsoft.Extensions.DependencyInjection.Abstractions.dll'
            'Microsoft.Extensions.Logging.Abstractions.dll'
            'Npgsql.dll'
            'SQLitePCLRaw.batteries_v2.dll'
            'SQLitePCLRaw.core.dll'
            'SQLitePCLRaw.provider.e_sqlite3.dll'
        ) -Because 'the archive ships its packages'
        # SQLite's native library, once per desktop platform pwsh runs on.
        $native = $files | Where-Object { $_ -like "runtimes*" } | ForEach-Object { $_ -replace '\\', '/' }
        $native | ForEach-Object { $_ | Should -Match '^runtimes/[a-z0-9-]+/native/(lib)?e_sqlite3\.(so|dylib|dll)$' }
        $native | ForEach-Object { $_.Split('/')[1] } | Sort-Object | Should -Be @(
            'linux-arm64', 'linux-musl-arm64', 'linux-musl-x64', 'linux-x64', 'osx-arm64', 'osx-x64', 'win-arm64', 'win-x64', 'win-x86')
    }

    It 'carries ahead-of-time code for linux-x64 in its own assemblies, and leaves the packages IL' {
        # A ReadyToRun image has a managed native header; the first import then does not wait for the JIT.
        $readyToRun = Get-ChildItem $module.ModuleBase -Filter *.dll | ForEach-Object {
            $stream = [IO.File]::OpenRead($_.FullName)
            try {
                $pe = [Reflection.PortableExecutable.PEReader]::new($stream)
                [pscustomobject]@{ Name = $_.Name; ReadyToRun = $pe.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size -gt 0 }
            } finally { $stream.Dispose() }
        }
        ($readyToRun | Where-Object ReadyToRun).Name | Sort-Object | Should -Be @('Bulletins.Archive.dll', 'Bulletins.dll', 'Bulletins.PowerShell.dll')
    }

    It 'carries the MIT licence of the Bulletins contributors' {
        $licence = Get-Content -Raw (Join-Path $module.ModuleBase 'LICENSE')
        $licence | Should -Match '^MIT License'
        $licence | Should -Match 'Copyright \(c\) \d{4} Bulletins contributors'
        $licence | Should -Be (Get-Content -Raw (Join-Path $RepoRoot 'LICENSE'))
    }
}

Describe 'The manifest' {
    BeforeAll {
        $manifest = Test-ModuleManifest -Path (Join-Path $module.ModuleBase 'Bulletins.psd1') -ErrorAction Stop
    }

    It 'passes Test-ModuleManifest' {
        $manifest.Name | Should -Be 'Bulletins'
        $manifest.Version | Should -Be ([version] $version)
    }

    It 'exports exactly the ten cmdlets and nothing else' {
        $manifest.ExportedCmdlets.Keys | Sort-Object | Should -Be @(
            'ConvertFrom-Bulletin', 'ConvertTo-Bulletin', 'Export-Bulletin', 'Get-Bulletin', 'Get-BulletinSchema',
            'Import-Bulletin', 'Measure-Bulletin', 'Save-Bulletin', 'Search-Bulletin', 'Test-Bulletin')
        $manifest.ExportedFunctions.Count | Should -Be 0
        $manifest.ExportedAliases.Count | Should -Be 0
        $manifest.ExportedVariables.Count | Should -Be 0
        (Get-Command -Module Bulletins).Name | Sort-Object | Should -Be ($manifest.ExportedCmdlets.Keys | Sort-Object)
    }

    It 'needs PowerShell 7.6 Core' {
        $manifest.PowerShellVersion | Should -Be ([version] '7.6')
        $manifest.CompatiblePSEditions | Should -Be @('Core')
    }

    It 'claims only the platform the tests run on, and no address the project does not have' {
        $manifest.Tags | Should -Contain 'PSEdition_Core'
        $manifest.Tags | Should -Contain 'Linux'
        $manifest.Tags | Should -Not -Contain 'Windows'
        $manifest.Tags | Should -Not -Contain 'MacOS'
        $manifest.ProjectUri | Should -BeNullOrEmpty
        $manifest.LicenseUri | Should -BeNullOrEmpty
        $manifest.Author | Should -Be 'Bulletins contributors'
    }
}

Describe 'Every cmdlet' {
    It 'declares its output type (<_>)' -ForEach @(Get-Command -Module Bulletins | ForEach-Object Name) {
        (Get-Command $_).OutputType.Count | Should -BeGreaterThan 0
    }
}

Describe 'The manifest template' {
    It 'leaves the version, author and copyright to the build, which stamps them from Directory.Build.props' {
        $template = Get-Content -Raw (Join-Path $RepoRoot 'module/Bulletins/Bulletins.psd1')

        $template | Should -Match "ModuleVersion\s*=\s*'\{\{Version\}\}'"
        $template | Should -Match "Author\s*=\s*'\{\{Authors\}\}'"
        $template | Should -Match "Copyright\s*=\s*'\{\{Copyright\}\}'"
        $template | Should -Not -Match '\d+\.\d+\.\d+'
    }
}
