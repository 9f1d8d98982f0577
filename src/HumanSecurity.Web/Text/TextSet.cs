using System.Collections.Frozen;
using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;

namespace HumanSecurity.Web.Text;

/// <summary>The interface texts of one language, and the one number formatter of the dashboard and reports (decimal
/// comma and narrow no-break space for French).</summary>
public sealed class TextSet(Language language, FrozenDictionary<string, string> texts)
{
    public Language Language { get; } = language;

    /// <summary>The text of a key; throws <see cref="KeyNotFoundException"/> naming it when a resource file lacks it.</summary>
    public string this[string key] => texts.TryGetValue(key, out var t)
        ? t
        : throw new KeyNotFoundException($"no interface text '{key}' for language '{Language.Code}' (Text/Resources/{Language.Code}.json)");

    /// <summary>Whether a key has a text (for optional labels such as group names).</summary>
    public bool Has(string key) => texts.ContainsKey(key);

    /// <summary>The text of a key with its <c>{0}</c>, <c>{1}</c>... replaced by the arguments.</summary>
    public string Format(string key, params object?[] args) => string.Format(Language.Numbers, this[key], args);

    /// <summary>Every text whose key starts with <paramref name="prefix"/> (for the scripts of a page).</summary>
    public IReadOnlyDictionary<string, string> WithPrefix(string prefix) =>
        texts.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>A number with a fixed count of decimals; empty for a missing (NaN or null) value.</summary>
    public string Number(double? value, int decimals = 2) =>
        value is { } v && double.IsFinite(v) ? v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Language.Numbers) : "";

    /// <summary>A number with as many decimals as its size needs (≥ 100: none; ≥ 1: two; else three, trailing zeros dropped).</summary>
    public string Auto(double? value)
    {
        if (value is not { } v || !double.IsFinite(v)) return "";
        var format = Math.Abs(v) switch { >= 100 => "#,0", >= 1 => "#,0.##", _ => "0.###" };
        return v.ToString(format, Language.Numbers);
    }

    /// <summary>A share (0..1) as a percentage with no decimals.</summary>
    public string Percent(double? share) => share is { } s && double.IsFinite(s) ? (100 * s).ToString("0", Language.Numbers) + "\u00A0%" : "";

    /// <summary>The area's name in this language when the gazetteer has it, else its display name.</summary>
    public string Name(Area area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return area.AlternateNames.TryGetValue(Language.Code, out var n) && !string.IsNullOrWhiteSpace(n) ? n : area.Name;
    }

    /// <summary>The name of an area level (<c>admin1</c> → "admin-1" / "niveau admin 1").</summary>
    public string Kind(AreaKind kind) => this["kind." + kind.ToCode()];

    public string Cluster(ThreatCluster cluster) => this["cluster." + cluster.ToCode()];

    public string Impact(Impacts impact) => this["impact." + impact.ToString().ToLowerInvariant()];

    public string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
