# The way a user gets the module: published to a repository, installed by name, imported by name.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    $layout = Join-Path $ModuleLayoutRoot "Bulletins/$ModuleVersion"
    # A home of its own, so that the repository registration and the CurrentUser install land in the
    # test drive, never in the real user's PSResourceGet settings or module folder.
    $home_ = Join-Path $TestDrive 'home'
    $repository = Join-Path $TestDrive 'repository'
    New-Item -ItemType Directory $home_, $repository | Out-Null
    $realHome = $env:HOME
    $env:HOME = $home_
    # Publish-PSResource leaves a NuGet/NuGet.Config in the current directory: keep it in the test drive.
    Push-Location $TestDrive
}

AfterAll {
    Pop-Location
    $env:HOME = $realHome
}

Describe 'Publish-PSResource, then Install-PSResource in a fresh pwsh' {
    It 'publishes the laid-out module to a local file repository' {
        Invoke-FreshPwsh -ArgumentList $repository, $layout {
            param($repository, $layout)
            $ErrorActionPreference = 'Stop'
            Register-PSResourceRepository -Name BulletinsLocal -Uri $repository -Trusted
            Publish-PSResource -Path $layout -Repository BulletinsLocal
        }
        $LASTEXITCODE | Should -Be 0
        (Get-ChildItem $repository).Name | Should -Be "Bulletins.$ModuleVersion.nupkg"
    }

    It 'installs it by name in another fresh pwsh, which then imports it by name and reads a bulletin' {
        $installed = Invoke-FreshPwsh -ArgumentList $ModuleLayoutRoot, $SeedPath {
            param($layoutRoot, $seed)
            $ErrorActionPreference = 'Stop'
            # Only the installed copy may be found: drop the build's layout from the inherited path.
            $env:PSModulePath = ($env:PSModulePath -split [IO.Path]::PathSeparator | Where-Object { $_ -ne $layoutRoot }) -join [IO.Path]::PathSeparator
            if (Get-Module -ListAvailable Bulletins) { throw 'Bulletins is findable before the install' }
            Install-PSResource -Name Bulletins -Repository BulletinsLocal -Scope CurrentUser
            Import-Module Bulletins
            [pscustomobject]@{
                ModuleBase = (Get-Module Bulletins).ModuleBase
                Version    = (Get-Module Bulletins).Version.ToString()
                Articles   = (Import-Bulletin -LiteralPath $seed | Measure-Object).Count
                Kinds      = @(Get-BulletinSchema | ForEach-Object Name)
            }
        }
        $LASTEXITCODE | Should -Be 0
        $installed.ModuleBase | Should -BeLike (Join-Path $home_ '*' 'Bulletins' $ModuleVersion)
        $installed.Version | Should -Be $ModuleVersion
        $installed.Articles | Should -Be (Import-Bulletin -LiteralPath $SeedPath | Measure-Object).Count
        # The installed copy lists the kinds the schema declares, however many it has.
        $installed.Kinds | Should -Be $SchemaKindNames
    }
}
