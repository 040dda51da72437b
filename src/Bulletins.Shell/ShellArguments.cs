namespace Bulletins.Shell;

/// <summary>The command line, parsed the way pwsh reads its own: <c>-Command</c>, <c>-File</c>, <c>-Help</c>.</summary>
public sealed record ShellArguments
{
    public const string Usage = """
        Usage: Bulletins.Shell -Command <script>     run a script given inline ('-' reads it from stdin)
               Bulletins.Shell -File <file.ps1> [args] run a script file with arguments
               Bulletins.Shell -Help                  show this text
        The Bulletins module is imported first. Exit code: the script's `exit N`; 1 after a terminating
        error (throw, or any error under $ErrorActionPreference = 'Stop'); for -Command, also 1 when the
        last statement failed ($? false), as with pwsh -Command; 0 otherwise.
        """;

    /// <summary>Inline script text; null when reading from a file or from stdin.</summary>
    public string? Script { get; init; }

    /// <summary>Script file to run; null unless <c>-File</c>.</summary>
    public string? ScriptFile { get; init; }

    /// <summary>Arguments after the script file, passed to it.</summary>
    public IReadOnlyList<string> ScriptArguments { get; init; } = [];

    public bool ShowUsage { get; init; }

    public string? Error { get; init; }

    public static ShellArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0) return new() { ShowUsage = true };
        var option = args[0].ToLowerInvariant();
        switch (option)
        {
            case "-help" or "--help" or "-h" or "-?" or "/?":
                return new() { ShowUsage = true };
            case "-command" or "-c":
                if (args.Count < 2) return new() { Error = "-Command needs a script (or '-' to read it from stdin)." };
                // Like pwsh, everything after -Command is the script, joined by spaces.
                var text = string.Join(' ', args.Skip(1));
                return text == "-" ? new() : new() { Script = text };
            case "-file" or "-f":
                if (args.Count < 2) return new() { Error = "-File needs a script path." };
                if (!File.Exists(args[1])) return new() { Error = $"The script file '{args[1]}' does not exist." };
                return new() { ScriptFile = args[1], ScriptArguments = args.Skip(2).ToArray() };
            default:
                // A bare first argument is a script, as in `Bulletins.Shell 'Get-BulletinSchema'`.
                return args[0].StartsWith('-')
                    ? new() { Error = $"Unknown option '{args[0]}'." }
                    : new() { Script = string.Join(' ', args) };
        }
    }
}
