using System.Globalization;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Text;

/// <summary>Lenient parsing of the numbers and dates found in exchange files.</summary>
public static class ValueParsing
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MM/dd/yyyy", "M/d/yyyy", "dd.MM.yyyy", "yyyy/MM/dd", "yyyyMMdd"];

    /// <summary>Invariant number: <c>1234.5</c>, <c>1e3</c>, also <c>1,234</c> and <c>1 234</c> thousands.</summary>
    public static bool TryNumber(ReadOnlySpan<char> text, out double value)
    {
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return IsFinite(value);
        if (text.IndexOfAny(',', ' ') < 0) return false;
        var cleaned = text.ToString().Replace(" ", "", StringComparison.Ordinal);
        return double.TryParse(cleaned, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value) && IsFinite(value);
    }

    private static bool IsFinite(double v) => double.IsFinite(v);

    /// <summary>A period from ISO forms (<c>2024</c>, <c>2024-Q1</c>, <c>2024-03</c>, <c>2024-03-15</c>), SDMX forms
    /// (<c>2024-M03</c>, <c>2024-A1</c>), timestamps (date part) and common written dates (<c>1 March 2015</c>).</summary>
    public static bool TryPeriod(ReadOnlySpan<char> text, out Period period)
    {
        text = text.Trim();
        if (Period.TryParse(text, out period)) return true;
        if (text.Length == 8 && text[4] == '-' && text[5] is 'M' or 'm' && int.TryParse(text[6..], CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text[..4], CultureInfo.InvariantCulture, out var year) && month is >= 1 and <= 12 && year >= 1)
        {
            period = Period.FromMonth(year, month);
            return true;
        }
        if (text.Length == 7 && text[4] == '-' && text[5] is 'A' && text[6] == '1') return Period.TryParse(text[..4], out period);
        if (text.Length > 10 && text[10] is 'T' or ' ' && Period.TryParse(text[..10], out period)) return period.Kind == PeriodKind.Day;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d)
            && d.Year >= 1)
        {
            period = Period.FromDay(DateOnly.FromDateTime(d));
            return true;
        }
        period = default;
        return false;
    }

    /// <summary>A calendar date: ISO (<c>2015-06-15</c>, timestamps) or the written forms <see cref="TryPeriod"/> accepts.</summary>
    public static bool TryDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (!TryPeriod(text, out var p) || p.Kind != PeriodKind.Day) return false;
        date = p.Start;
        return true;
    }
}
