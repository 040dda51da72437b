namespace Bulletins.Tests.Reading;

/// <summary>
/// A small bulletin in the seed's style, in canonical form (LF, single blank lines, final line
/// end), that the format-variant tests reshape (line ends, blanks, encodings) and read back.
/// </summary>
internal static class SampleBulletin
{
    public const string Text =
        "Europol supports takedown of phishing-as-a-service platform\n" +
        "\n" +
        "Source: Europol\n" +
        "\n" +
        "On 4 June 2025, investigators from six countries took down a platform that sold phishing kits to criminals.\n" +
        "\n" +
        "The following authorities were involved:\n" +
        "  • Germany: Federal Criminal Police Office\n" +
        "  • Spain: National Police\n" +
        "\n" +
        "Remarks by the Deputy Secretary General at the Riga StratCom Dialogue\n" +
        "\n" +
        "Source: NATO\n" +
        "\n" +
        "Good morning.\n" +
        "\n" +
        "It is good to be back in Riga,\n" +
        "Among friends,\n" +
        "And among Allies.\n" +
        "\n" +
        "Eurojust coordinates action against VAT fraud network\n" +
        "\n" +
        "Source: Eurojust\n" +
        "\n" +
        "Authorities in Italy and Slovakia have arrested nine suspects of a VAT carousel fraud that caused losses of…\n";

    public static readonly string[] Titles =
    [
        "Europol supports takedown of phishing-as-a-service platform",
        "Remarks by the Deputy Secretary General at the Riga StratCom Dialogue",
        "Eurojust coordinates action against VAT fraud network",
    ];

    public static readonly int[] TitleLines = [1, 11, 21];

    /// <summary>The text with every line end replaced by <paramref name="lineEnd"/>.</summary>
    public static string WithLineEnds(string lineEnd) => Text.Replace("\n", lineEnd);
}
