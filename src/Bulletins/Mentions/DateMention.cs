namespace Bulletins.Mentions;

/// <summary>A date or date range mentioned in an article; a single day has <c>Start == End</c>.</summary>
/// <remarks>
/// The days are <see cref="DateTime"/> values at midnight (kind Unspecified), not
/// <see cref="DateOnly"/>: PowerShell knows DateTime (ConvertTo-Json writes it as an ISO date,
/// comparisons with Get-Date and <c>[datetime]'2025-03-01'</c> work) but takes a DateOnly apart
/// into its Year, Month, Day, DayOfWeek, ... properties.
/// </remarks>
/// <param name="Text">The text as it stands in the article, e.g. <c>From 3 to 7 March 2025</c>.</param>
/// <param name="Start">First day of the range (inclusive), at midnight.</param>
/// <param name="End">Last day of the range (inclusive), at midnight.</param>
public sealed record DateMention(string Text, DateTime Start, DateTime End)
{
    /// <summary>A mention of the days from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public DateMention(string text, DateOnly start, DateOnly end)
        : this(text, start.ToDateTime(TimeOnly.MinValue), end.ToDateTime(TimeOnly.MinValue))
    {
    }

    /// <summary><c>2025-03-03/2025-03-07</c>, or <c>2025-03-03</c> for one day.</summary>
    public override string ToString() => Writing.FieldText.Format(this);
}
