namespace Bulletins.Extraction.Text;

/// <summary>
/// A test cheaper than a word-set look-up, made from the set's words: which first letters (ASCII,
/// case folded) each word length has. False means the set cannot hold the word; true means look it up.
/// </summary>
internal sealed class WordPrefilter
{
    private const uint OtherFirst = 1u << 26;
    private readonly uint[] _firstLettersByLength;

    public WordPrefilter(IEnumerable<string> words)
    {
        var list = words.Where(w => w.Length > 0).ToList();
        _firstLettersByLength = new uint[list.Count == 0 ? 1 : list.Max(w => w.Length) + 1];
        foreach (var word in list) _firstLettersByLength[word.Length] |= Bit(word[0]);
    }

    /// <summary>False when no word of the set has this length and first letter (a first character outside ASCII always looks up).</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length >= _firstLettersByLength.Length) return false;
        uint letters = _firstLettersByLength[word.Length];
        // Outside ASCII, case-insensitive comparison may fold a letter onto an ASCII one (the Kelvin sign is `k`).
        return word[0] >= 128 ? letters != 0 : (letters & Bit(word[0])) != 0;
    }

    private static uint Bit(char c)
    {
        uint letter = (uint)((c | 0x20) - 'a');
        return c < 128 && letter < 26 ? 1u << (int)letter : OtherFirst;
    }
}
