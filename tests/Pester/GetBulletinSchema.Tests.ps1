# Get-BulletinSchema: the kinds and fields the module was built with.
BeforeAll {
    . $PSScriptRoot/Support/TestSupport.ps1
    Import-Module Bulletins -ErrorAction Stop
}

Describe 'Get-BulletinSchema' {
    It 'lists every kind of the design with a description, and one fallback' {
        $kinds = Get-BulletinSchema

        $SchemaKindNames.Count | Should -BeGreaterThan 1
        $kinds.Name | Sort-Object | Should -Be ($SchemaKindNames | Sort-Object)
        $kinds | ForEach-Object { $_.Description | Should -Not -BeNullOrEmpty -Because $_.Name }
        ($kinds | Where-Object IsFallback).Name | Should -Be 'NewsRelease'
    }

    It '-Field lists the base fields first, then the kind fields, with types and descriptions' {
        $fields = Get-BulletinSchema -Kind OperationReport -Field
        $baseNames = [Bulletins.Schema.BaseFields]::All.Name

        ($fields | Select-Object -First $baseNames.Count).Name | Should -Be $baseNames
        ($fields | Select-Object -First $baseNames.Count).IsBase | Should -Not -Contain $false
        $fields | Where-Object { $_.Name -eq 'Arrests' -and -not $_.IsBase } | Should -Not -BeNullOrEmpty
        $fields | ForEach-Object { $_.Description | Should -Not -BeNullOrEmpty -Because $_.Name }
        $fields.Kind | Select-Object -Unique | Should -Be 'OperationReport'
    }

    It '-Kind takes wildcards, and an unknown name is an UnknownKind error' {
        $kinds = Get-BulletinSchema -Kind Media*, Nonsense -ErrorVariable errors -ErrorAction SilentlyContinue

        $kinds.Name | Should -Be 'MediaAdvisory'
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'UnknownKind,*'
    }
}
