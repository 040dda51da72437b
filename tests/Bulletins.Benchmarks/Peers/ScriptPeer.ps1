# What a PowerShell user writes today without the module: read the lines, find the articles with
# regular expressions, and make an object per article with the base fields and a couple of
# extracted ones (the first date, the arrests count). Uses only what the bare engine has; it reads
# with ReadAllLines rather than the slower Get-Content, as a user who cares about speed would.
param([string] $Path)

$lines = [System.IO.File]::ReadAllLines($Path)
$i = 0
while ($i -lt $lines.Length) {
    # An article starts with a title, a blank line, then 'Source: name'.
    if ($i + 2 -lt $lines.Length -and $lines[$i] -match '\S' -and $lines[$i + 1] -match '^\s*$' -and $lines[$i + 2] -match '^Source:\s*(.+?)\s*$') {
        $title = $lines[$i].Trim()
        $source = $Matches[1]
        $i += 3
        $paragraphs = [System.Collections.Generic.List[string]]::new()
        $current = [System.Collections.Generic.List[string]]::new()
        while ($i -lt $lines.Length) {
            if ($i + 2 -lt $lines.Length -and $lines[$i] -match '\S' -and $lines[$i + 1] -match '^\s*$' -and $lines[$i + 2] -match '^Source:\s*\S') { break }
            if ($lines[$i] -match '^\s*$') {
                if ($current.Count -gt 0) { $paragraphs.Add($current -join "`n"); $current.Clear() }
            } else {
                $current.Add($lines[$i].TrimEnd())
            }
            $i++
        }
        if ($current.Count -gt 0) { $paragraphs.Add($current -join "`n") }
        $body = $paragraphs -join ' '
        # Emitted to the pipeline, as Import-Bulletin emits its articles.
        [pscustomobject]@{
            Title       = $title
            Source      = $source
            Paragraphs  = $paragraphs.ToArray()
            IsTruncated = $paragraphs.Count -gt 0 -and $paragraphs[$paragraphs.Count - 1] -match '…$'
            Date        = if ($body -match '\b(\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b') { [datetime]::ParseExact($Matches[1], 'd MMMM yyyy', [cultureinfo]::InvariantCulture) } else { $null }
            Arrests     = if ($body -match '(\d+) (arrests|suspects were arrested)') { [int]$Matches[1] } else { $null }
        }
    } else {
        $i++
    }
}
