# What a PowerShell user writes today without the module: read the lines, find the articles with
# regular expressions, and make an object per article. (Uses only what the bare engine has.)
param([string] $Path)

$lines = [System.IO.File]::ReadAllLines($Path)
$count = 0
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
        $article = [pscustomobject]@{
            Title       = $title
            Source      = $source
            Paragraphs  = $paragraphs.ToArray()
            IsTruncated = $paragraphs.Count -gt 0 -and $paragraphs[$paragraphs.Count - 1] -match '…$'
            Arrests     = if (($paragraphs -join ' ') -match '(\d+) arrests') { [int]$Matches[1] } else { $null }
        }
        $count++
    } else {
        $i++
    }
}
$count
