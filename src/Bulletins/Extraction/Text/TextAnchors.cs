
namespace Bulletins.Extraction.Text;

/// <summary>
/// Where anything can start in one tokenised text: the engine's shared pass. One linear walk over a
/// segment's tokens (made once, on the first <see cref="TokenText.Anchors"/> read) gives every token its
/// <see cref="AnchorClass"/> (capitalised word, digits, currency sign or code, quote mark, month or number
/// word, sentence end, <c>@</c>, list bullet, person verb, <c>the</c>) and the segment a mask of the classes
/// present. Each extractor then visits only the tokens of the classes its grammar can start at
/// (<see cref="Next"/>), and skips a segment whose mask says it cannot match (<see cref="Has"/>): people
/// visit capitalised words and person verbs, countries capitalised words and <c>the</c>, money digits,
/// number words and currencies, warnings sentence ends and inner capitals. A <c>method:</c> extractor
/// reads the same anchors from <see cref="TextSegment.Tokens"/>.
/// </summary>
/// <remarks>
/// Built after tokenising, not inside the tokenizer, so that the eager read (which tokenises for dates)
/// does not pay for it: only full extraction and extractors that ask build it. Word classes are
/// looked up only where a cheap test of length and first letter says the word may be in the list.
/// </remarks>
public sealed class TextAnchors
{
    /// <summary>
    /// Every listed word the pass classes, to its classes, compared ignoring case: one cheap test of length and
    /// first letter, then at most one look-up a word. Person verbs count only as written (lower case).
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, AnchorClass> Vocabulary = BuildVocabulary();
    private static readonly System.Collections.Frozen.FrozenDictionary<string, AnchorClass>.AlternateLookup<ReadOnlySpan<char>> VocabularyLookup = Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly WordPrefilter VocabularyPrefilter = new(Vocabulary.Keys);

    /// <summary>The classes a listed word has only when written exactly as listed (their words are lower-case ASCII).</summary>
    private const AnchorClass CaseSensitive = AnchorClass.PersonVerb;

    private readonly AnchorClass[] _classes;

    /// <summary>Classifies every token of <paramref name="text"/>.</summary>
    /// <param name="text">The tokenised text.</param>
    public TextAnchors(TokenText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _classes = text.Count == 0 ? [] : new AnchorClass[text.Count];
        var present = AnchorClass.None;
        for (int k = 0; k < _classes.Length; k++)
        {
            var found = Classify(text, k);
            _classes[k] = found;
            present |= found;
        }
        Present = present;
    }

    /// <summary>Every class some token of the text has.</summary>
    public AnchorClass Present { get; }

    /// <summary>True when some token has one of the classes in <paramref name="any"/>: false lets an extractor skip the text.</summary>
    /// <param name="any">One class or several.</param>
    public bool Has(AnchorClass any) => (Present & any) != 0;

    /// <summary>The classes of token <paramref name="index"/>; <see cref="AnchorClass.None"/> outside the text.</summary>
    /// <param name="index">A token's index.</param>
    public AnchorClass At(int index) => (uint)index < (uint)_classes.Length ? _classes[index] : AnchorClass.None;

    /// <summary>The first token at or after <paramref name="from"/> with one of the classes in <paramref name="any"/>, or -1.</summary>
    /// <param name="any">One class or several.</param>
    /// <param name="from">The token index to start from (a negative one starts at the first token).</param>
    public int Next(AnchorClass any, int from)
    {
        if ((Present & any) == 0) return -1;
        var classes = _classes;
        for (int k = Math.Max(from, 0); k < classes.Length; k++)
        {
            if ((classes[k] & any) != 0) return k;
        }
        return -1;
    }

    private static AnchorClass Classify(TokenText t, int k)
    {
        var token = t.Tokens[k];
        var span = t.Text.AsSpan(token.Start, token.Length);
        switch (token.Kind)
        {
            case TokenKind.Number:
                return AnchorClass.Digits;
            case TokenKind.Symbol:
                return ClassifySymbol(t, k, span);
        }
        var found = AnchorClass.None;
        char first = span[0];
        if (char.IsUpper(first)) found |= AnchorClass.Capitalised;
        // Most words are lower-case ASCII after their first letter: no inner capital, and no loop over them.
        if (span.Length > 1 && span[1..].IndexOfAnyExceptInRange('a', 'z') >= 0 && HasInnerCapital(span)) found |= AnchorClass.InnerCapital;
        if (VocabularyPrefilter.MayContain(span) && VocabularyLookup.TryGetValue(span, out var classes))
        {
            // The case-sensitive words are listed in lower case: a match ignoring case is exact when the word is all lower case.
            if ((classes & CaseSensitive) != 0 && span.IndexOfAnyExceptInRange('a', 'z') >= 0) classes &= ~CaseSensitive;
            found |= classes;
        }
        if (span.Length <= 3 && IsCurrencyCode(t, k, span)) found |= AnchorClass.CurrencyCode;
        return found;
    }

    private static System.Collections.Frozen.FrozenDictionary<string, AnchorClass> BuildVocabulary()
    {
        var words = new Dictionary<string, AnchorClass>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> list, AnchorClass anchor)
        {
            foreach (var word in list) words[word] = words.GetValueOrDefault(word) | anchor;
        }
        Add(NumberWords.All, AnchorClass.NumberWord);
        Add(FractionScale.Starters, AnchorClass.NumberWord);
        Add(CalendarWords.MonthNames, AnchorClass.MonthWord);
        Add(PersonVerbs.All, AnchorClass.PersonVerb);
        Add(["the"], AnchorClass.DefiniteArticle);
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(words, StringComparer.OrdinalIgnoreCase);
    }

    private static AnchorClass ClassifySymbol(TokenText t, int k, ReadOnlySpan<char> symbol)
    {
        switch (symbol[0])
        {
            case '“' or '”' or '„' or '"' or '«' or '»' or '‘' or '’':
                return AnchorClass.QuoteMark;
            case '.' or '!' or '?' or '…':
                return AnchorClass.SentenceEnd;
            case '@':
                return AnchorClass.At;
            case '•' or '·' or '▪' or '‣' or '◦' or '*' or '-' or '–' or '—':
                return k == 0 || t.GapBefore(k).IndexOfAny('\n', '\r') >= 0 ? AnchorClass.ListBullet : AnchorClass.None;
        }
        return CurrencyTable.TrySign(symbol, out _) ? AnchorClass.CurrencySign : AnchorClass.None;
    }

    /// <summary>An upper-case letter right after a lower-case one, anywhere in the word.</summary>
    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// Where the money grammar may read a currency before a number, by <see cref="CurrencyTable"/>'s tests: `EUR`,
    /// `US$`, `HK$`, `US`, `u.s.` (all of three letters or fewer). A superset is fine: money checks the rest.
    /// </summary>
    private static bool IsCurrencyCode(TokenText t, int k, ReadOnlySpan<char> word) =>
        (word.Length == 3 && CurrencyTable.TryCode(word, out _))
        || (t.IsSymbol(k + 1, '$') && CurrencyTable.TryDollarPrefix(word, out _))
        || CurrencyTable.IsUsAbbreviation(t, k, out _);
}
