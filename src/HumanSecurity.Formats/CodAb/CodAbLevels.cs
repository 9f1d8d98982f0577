using System.Globalization;

namespace HumanSecurity.Formats.CodAb;

/// <summary>Which admin levels of a COD-AB file to import (<c>hso import --levels 0-2</c>): level 0 is the country,
/// 1..5 the admin levels. Rows of other levels are left out before any check (so a defect at admin-4 does not stop an
/// import of levels 0–2).</summary>
/// <param name="Min">Lowest level imported (0..5).</param>
/// <param name="Max">Highest level imported (<see cref="Min"/>..5).</param>
public readonly record struct CodAbLevels(int Min, int Max)
{
    /// <summary>The accepted forms, for help texts and error messages.</summary>
    public const string ExpectedForms = "a level N or a range N-M of admin levels 0..5 (0 = country), e.g. 0-2";

    public bool Contains(int level) => level >= Min && level <= Max;

    public static bool TryParse(string? text, out CodAbLevels levels)
    {
        levels = default;
        var parts = (text ?? "").Trim().Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is not (1 or 2) || !Level(parts[0], out var min)) return false;
        var max = min;
        if (parts.Length == 2 && !Level(parts[1], out max)) return false;
        if (max < min) return false;
        levels = new CodAbLevels(min, max);
        return true;
    }

    public override string ToString() => Min == Max ? Min.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max}");

    private static bool Level(string text, out int level) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out level) && level is >= 0 and <= 5;
}
