using Bulletins.Collections;
using Bulletins.Extraction.Runtime;

namespace Bulletins.Extraction.Extractors;

/// <summary>
/// The people speaking in a transcript: those the title names (`Remarks by NATO Deputy Secretary General
/// Mircea Geoană`, `Joint press conference by X and Y`), or, when the title names nobody, those the
/// opening paragraph names; plus anyone a line labels as speaking (`Jane Doe: ...`). A title reference
/// (`Speech by the Secretary General`) counts when the article names who holds the title.
/// </summary>
public static class SpeakerExtractor
{
    /// <summary>The full names of the people speaking, once each: the title's (else the opening paragraph's), then any a line labels.</summary>
    /// <param name="context">The article being extracted.</param>
    /// <returns>The names; empty when the article names no speaker.</returns>
    public static IReadOnlyList<string> Extract(ExtractionContext context)
    {
        var occurrences = context.PeopleAndOccurrences.Occurrences;
        var speakers = new List<string>();
        void Add(string? name)
        {
            if (name is not null && !speakers.Contains(name)) speakers.Add(name);
        }

        foreach (var o in occurrences)
        {
            if (o.Segment == 0) Add(o.FullName);
        }
        if (speakers.Count == 0)
        {
            foreach (var o in occurrences)
            {
                if (o.Segment == 1) Add(o.FullName);
            }
        }
        // `NATO Secretary General Jens Stoltenberg:` labels a turn in a press conference transcript.
        var segments = context.Segments;
        foreach (var o in occurrences)
        {
            if (o.Segment == 0 || o.FullName is null) continue;
            string text = segments[o.Segment].Text;
            if (o.End < text.Length && text[o.End] == ':' && StartsLine(text, o.Start)) Add(o.FullName);
        }
        return ValueList.FromArray(speakers.ToArray());
    }

    /// <summary>
    /// Only spaces between the start of the line and <paramref name="position"/>, or the organisation whose
    /// office the label names (`NATO Spokesperson Jane Doe:`): at most three capitalised words.
    /// </summary>
    private static bool StartsLine(string text, int position)
    {
        int words = 0;
        bool inWord = false;
        for (int i = position - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c == '\n') return !inWord || char.IsUpper(text[i + 1]);
            if (char.IsWhiteSpace(c))
            {
                if (inWord && !char.IsUpper(text[i + 1])) return false;
                inWord = false;
                continue;
            }
            if (!char.IsLetterOrDigit(c) && c is not '’' and not '\'' and not '-' and not '&') return false;
            if (!inWord && ++words > 3) return false;
            inWord = true;
        }
        return !inWord || char.IsUpper(text[0]);
    }
}
