using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticSite.Explainer.Data;

/// <summary>A date known to the year, the month or the day: history rarely gives every part.</summary>
/// <remarks>
/// Its two written forms and its place on a time axis are made once, with the date: drawings, links and layouts ask
/// for them dozens of times per episode (every link to an episode, every small timeline it appears on). The parts
/// have no setters, so no <c>with</c> can change a date without its forms.
/// </remarks>
public sealed partial record PartialDate : IComparable<PartialDate>
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        (Year, Month, Day) = (year, month, day);
        Iso = IsoOf(year, month, day);
        Display = DisplayOf(year, month, day);
        YearFraction = YearFractionOf(year, month, day);
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public static PartialDate? TryParse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success) return null;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year < 1) return null; // the calendar has no year 0
        int? month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12) return null;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))) return null;
        return new PartialDate(year, month, day);
    }

    /// <summary>ISO 8601 as far as it is known: <c>2020</c>, <c>2020-01</c>, <c>2020-01-28</c>.</summary>
    public string Iso { get; }

    /// <summary>As GOV.UK writes dates: <c>28 January 2020</c>, <c>January 2020</c>, <c>2020</c>.</summary>
    public string Display { get; }

    private static string IsoOf(int year, int? month, int? day) =>
        day is not null ? $"{year:D4}-{month:D2}-{day:D2}" : month is not null ? $"{year:D4}-{month:D2}" : $"{year:D4}";

    private static string DisplayOf(int year, int? month, int? day)
    {
        if (month is null) return year.ToString(CultureInfo.InvariantCulture);
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Value);
        return day is null ? $"{monthName} {year}" : $"{day} {monthName} {year}";
    }

    /// <summary>Position on a time axis, in years (the middle of what is known).</summary>
    public double YearFraction { get; }

    private static double YearFractionOf(int year, int? month, int? day) =>
        month is null ? year + 0.5
        : day is null ? year + (month.Value - 0.5) / 12.0
        : year + (new DateTime(year, month.Value, day.Value).DayOfYear - 0.5) / (DateTime.IsLeapYear(year) ? 366.0 : 365.0);

    public int CompareTo(PartialDate? other) =>
        other is null ? 1 : (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    public override string ToString() => Iso;

    // [0-9], not \d, which matches every script's digits ("٢٠٢٠"), which int.Parse then refuses; \z, not $, which also
    // matches before a final line break.
    [GeneratedRegex(@"\A([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\z")]
    private static partial Regex Pattern();
}
