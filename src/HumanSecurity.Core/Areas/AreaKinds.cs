using System.Diagnostics.CodeAnalysis;

namespace HumanSecurity.Areas;

/// <summary>Text forms of <see cref="AreaKind"/> as written in gazetteers: <c>world</c>, <c>region</c>, <c>subregion</c>,
/// <c>country</c>, <c>admin1</c>..<c>admin5</c> (also <c>adm1</c>), <c>locality</c>.</summary>
public static class AreaKinds
{
    public static string ToCode(this AreaKind kind) => kind switch
    {
        AreaKind.World => "world",
        AreaKind.Region => "region",
        AreaKind.Subregion => "subregion",
        AreaKind.Country => "country",
        AreaKind.Admin1 => "admin1",
        AreaKind.Admin2 => "admin2",
        AreaKind.Admin3 => "admin3",
        AreaKind.Admin4 => "admin4",
        AreaKind.Admin5 => "admin5",
        AreaKind.Locality => "locality",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses a kind; accepts <c>admin1</c>, <c>adm1</c> and <c>1</c>-style admin levels, any case.</summary>
    public static bool TryParse(string? text, out AreaKind kind)
    {
        kind = AreaKind.World;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().ToLowerInvariant();
        switch (t)
        {
            case "world": kind = AreaKind.World; return true;
            case "region": kind = AreaKind.Region; return true;
            case "subregion" or "sub-region": kind = AreaKind.Subregion; return true;
            case "country" or "admin0" or "adm0": kind = AreaKind.Country; return true;
            case "locality": kind = AreaKind.Locality; return true;
        }
        var digits = t.StartsWith("admin", StringComparison.Ordinal) ? t[5..] : t.StartsWith("adm", StringComparison.Ordinal) ? t[3..] : null;
        if (digits is { Length: 1 } && digits[0] is >= '1' and <= '5')
        {
            kind = AreaKind.Admin1 + (digits[0] - '1');
            return true;
        }
        return false;
    }

    /// <summary>Admin level number: 0 for a country, 1..5 for admin levels; null for other kinds.</summary>
    public static int? AdminLevel(this AreaKind kind) =>
        kind == AreaKind.Country ? 0 : kind is >= AreaKind.Admin1 and <= AreaKind.Admin5 ? kind - AreaKind.Admin1 + 1 : null;

    [SuppressMessage("Style", "IDE0072", Justification = "Only admin levels follow P-code rules.")]
    public static bool UsesPcodes(this AreaKind kind) => kind is >= AreaKind.Admin1 and <= AreaKind.Admin5;

    public static IReadOnlyList<string> AllCodes { get; } = Enum.GetValues<AreaKind>().Select(k => k.ToCode()).ToArray();
}
