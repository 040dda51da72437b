using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Bulletins.PowerShell.Schema;

namespace Bulletins.PowerShell.Completion;

/// <summary>Completes -Kind with the kind names of the schema, with each kind's description as tooltip.</summary>
public sealed class KindCompleter : IArgumentCompleter
{
    /// <summary>The kind names that start with what is typed (quotes ignored, any case).</summary>
    /// <returns>One completion per kind, its description as the tooltip.</returns>
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var prefix = new WildcardPattern(wordToComplete.Trim('\'', '"') + "*", WildcardOptions.IgnoreCase);
        return KindCatalog.Kinds
            .Where(k => prefix.IsMatch(k.Name))
            .Select(k => new CompletionResult(k.Name, k.Name, CompletionResultType.ParameterValue,
                string.IsNullOrEmpty(k.Description) ? k.Name : k.Description));
    }
}
