using System.Text.Json;
using HumanSecurity.Observations;

namespace HumanSecurity.Storage;

/// <summary>How stores encode the few structured fields they keep in text or integer columns, shared by every backend so
/// that a store copied from one backend to another holds the same text: alternate names as a JSON object, code lists
/// joined with <c>|</c>, and a period as its start date plus its kind.</summary>
public static class StoreEncoding
{
    /// <summary>Separator of code lists (programme areas, clusters, SDG targets).</summary>
    public const char ListSeparator = '|';

    private static readonly JsonSerializerOptions NamesJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Joins codes with <see cref="ListSeparator"/>.</summary>
    public static string JoinList(IEnumerable<string> items) => string.Join(ListSeparator, items);

    /// <summary>Inverse of <see cref="JoinList"/> (an empty text is an empty list).</summary>
    public static IReadOnlyList<string> SplitList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? [] : text.Split(ListSeparator);
    }

    /// <summary>Names by language as a JSON object (keys in ordinal order), or null when there are none.</summary>
    public static string? NamesToJson(IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count == 0 ? null : JsonSerializer.Serialize(new SortedDictionary<string, string>(names.ToDictionary(), StringComparer.Ordinal), NamesJson);
    }

    /// <summary>Inverse of <see cref="NamesToJson"/>.</summary>
    public static IReadOnlyDictionary<string, string> NamesFromJson(string? json) =>
        json is null ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal);

    /// <summary>Rebuilds a period from its stored start date and kind.</summary>
    public static Period ToPeriod(DateOnly start, sbyte kind) => (PeriodKind)kind switch
    {
        PeriodKind.Year => Period.FromYear(start.Year),
        PeriodKind.Quarter => Period.FromQuarter(start.Year, (start.Month - 1) / 3 + 1),
        PeriodKind.Month => Period.FromMonth(start.Year, start.Month),
        _ => Period.FromDay(start),
    };
}
