using System.Globalization;

namespace HumanSecurity.Formats.Models;

/// <summary>Orders model releases as years and versions: segments split at <c>.</c>, <c>-</c> and <c>_</c> compare as
/// numbers when both are numbers (<c>0.4.0</c> &lt; <c>0.10.0</c>, <c>2019</c> &lt; <c>2020</c>), otherwise as text; a
/// release that is a prefix of another comes first.</summary>
public sealed class ReleaseComparer : IComparer<string?>
{
    public static ReleaseComparer Instance { get; } = new();

    private static readonly char[] Separators = ['.', '-', '_'];

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var a = x.Split(Separators);
        var b = y.Split(Separators);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = long.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var na)
                && long.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var nb)
                ? na.CompareTo(nb)
                : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }
}
