namespace Bulletins.Extraction.Text;

/// <summary>
/// What a token can start, as <see cref="TextAnchors"/> records it: the places where the extractors'
/// grammars may begin. A token may be of several classes (`The` is <see cref="Capitalised"/> and
/// <see cref="DefiniteArticle"/>); a mask of several classes asks for any of them.
/// </summary>
[Flags]
public enum AnchorClass : ushort
{
    /// <summary>Nothing starts here: a lower-case word no grammar begins with, or punctuation no grammar reads.</summary>
    None = 0,
    /// <summary>A word whose first letter is upper case: names, titles, countries, sentence starts.</summary>
    Capitalised = 1 << 0,
    /// <summary>A word with an upper-case letter right after a lower-case one (`EncroChat`, the glued `authoritiesThese`).</summary>
    InnerCapital = 1 << 1,
    /// <summary>A run of digits.</summary>
    Digits = 1 << 2,
    /// <summary>A number word (`twelve`, `million`, `third`) or a word a spelled fraction starts with (`a`, `half`).</summary>
    NumberWord = 1 << 3,
    /// <summary>A month's name, full or short (`March`, `Sept`).</summary>
    MonthWord = 1 << 4,
    /// <summary>A currency sign (`€`, `$`, `£`).</summary>
    CurrencySign = 1 << 5,
    /// <summary>A currency's code or prefix: an ISO 4217 code (`EUR`), a word right before a dollar sign (`US$`, `HK$`), `US`, or the `u` of `u.s.`.</summary>
    CurrencyCode = 1 << 6,
    /// <summary>A quotation mark: “ ” „ " « » ‘ ’.</summary>
    QuoteMark = 1 << 7,
    /// <summary>A full stop, exclamation or question mark, or an ellipsis.</summary>
    SentenceEnd = 1 << 8,
    /// <summary>An at sign (`@`): handles and e-mail addresses.</summary>
    At = 1 << 9,
    /// <summary>A bullet that opens a line (`•`, `-`, `*`, `–`): a list item.</summary>
    ListBullet = 1 << 10,
    /// <summary>A lower-case speech verb (`said`) or a verb whose object is a person (`arrested`): where people are named beside it.</summary>
    PersonVerb = 1 << 11,
    /// <summary>The word `the`, in any case (country names listed with their article: `the Netherlands`).</summary>
    DefiniteArticle = 1 << 12,
}
