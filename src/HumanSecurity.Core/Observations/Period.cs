using System.Globalization;

namespace HumanSecurity.Observations;

/// <summary>A reporting period in ISO 8601 form: a year (<c>2024</c>), a quarter (<c>2024-Q1</c>), a month
/// (<c>2024-03</c>) or a day (<c>2024-03-15</c>). Ordered by start date, then by length (longer first).</summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(PeriodKind kind, DateOnly start)
    {
        Kind = kind;
        Start = start;
    }

    public PeriodKind Kind { get; }

    /// <summary>First day of the period.</summary>
    public DateOnly Start { get; }

    public int Year => Start.Year;

    /// <summary>Last day of the period.</summary>
    public DateOnly End => Kind switch
    {
        PeriodKind.Year => Start.AddYears(1).AddDays(-1),
        PeriodKind.Quarter => Start.AddMonths(3).AddDays(-1),
        PeriodKind.Month => Start.AddMonths(1).AddDays(-1),
        _ => Start,
    };

    public static Period FromYear(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1));

    public static Period FromQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(PeriodKind.Quarter, new DateOnly(year, (quarter - 1) * 3 + 1, 1));
    }

    public static Period FromMonth(int year, int month) => new(PeriodKind.Month, new DateOnly(year, month, 1));

    public static Period FromDay(DateOnly day) => new(PeriodKind.Day, day);

    /// <summary>Parses the ISO forms above; also accepts <c>2024Q1</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Period period)
    {
        period = default;
        text = text.Trim();
        if (text.Length < 4 || !TryDigits(text[..4], out var year) || year < 1) return false;
        if (text.Length == 4) { period = FromYear(year); return true; }
        var rest = text[4..];
        if (rest.Length > 0 && rest[0] == '-') rest = rest[1..];
        if (rest.Length == 2 && (rest[0] is 'Q' or 'q') && rest[1] is >= '1' and <= '4')
        {
            period = FromQuarter(year, rest[1] - '0');
            return true;
        }
        if (text[4] != '-' || rest.Length < 2 || !TryDigits(rest[..2], out var month) || month is < 1 or > 12) return false;
        if (rest.Length == 2) { period = FromMonth(year, month); return true; }
        if (rest.Length != 5 || rest[2] != '-' || !TryDigits(rest[3..], out var day)) return false;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        period = FromDay(new DateOnly(year, month, day));
        return true;
    }

    /// <summary>Parses a period or throws <see cref="FormatException"/> naming the text and the accepted forms.</summary>
    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period; expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD");

    public const string ExpectedForms = "YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD";

    /// <summary>Whether <paramref name="day"/> lies inside this period.</summary>
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public int CompareTo(Period other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : Kind.CompareTo(other.Kind);
    }

    public static bool operator <(Period a, Period b) => a.CompareTo(b) < 0;

    public static bool operator >(Period a, Period b) => a.CompareTo(b) > 0;

    public static bool operator <=(Period a, Period b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Period a, Period b) => a.CompareTo(b) >= 0;

    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{(Start.Month - 1) / 3 + 1}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-{Start.Month:D2}"),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return s.Length > 0;
    }
}

