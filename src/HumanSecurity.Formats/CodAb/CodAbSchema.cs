using System.Globalization;
using System.Text.RegularExpressions;
using HumanSecurity.Formats.Text;
using HumanSecurity.Formats.Xlsx;

namespace HumanSecurity.Formats.CodAb;

/// <summary>Maps a feature's properties or a gazetteer row (field → text) to a <see cref="CodAbUnit"/>, for the new schema
/// (<c>adm1_pcode</c>, <c>adm1_name</c>, <c>adm1_name1..3</c> with <c>lang</c>, <c>lang1..3</c>, <c>valid_on</c>) and the
/// legacy one (<c>ADM1_PCODE</c>, <c>ADM1_EN</c>/<c>_FR</c>..., <c>ADM1ALT1EN</c>, <c>validOn</c>, <c>date</c>).</summary>
public static partial class CodAbSchema
{
    /// <summary>The words of the warning for a row left out because it is not of its table's level.</summary>
    internal const string RowSkipped = "row skipped";

    public static bool IsPcodeField(string name) => PcodeField().IsMatch(name.Trim());

    /// <summary>Highest admin level with an <c>adm{N}_pcode</c> field among <paramref name="fields"/>, or null.</summary>
    public static int? LevelOf(IEnumerable<string> fields) =>
        fields.Select(f => f.Trim()).Where(IsPcodeField).Select(f => (int?)(f[3] - '0')).Max();

    /// <summary>The unit a row describes, or null with an error when it has no P-code.</summary>
    public static CodAbUnit? ToUnit(IReadOnlyDictionary<string, string?> raw, string location, ProblemList problems, int? headerLevel = null)
    {
        var p = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in raw) if (!string.IsNullOrWhiteSpace(v)) p[k.Trim()] = v.Trim();
        var level = -1;
        for (var l = 5; l >= 0 && level < 0; l--) if (p.ContainsKey($"adm{l}_pcode")) level = l;
        if (headerLevel is { } hl && level != hl && level >= 0)
        {
            problems.Warning(location, $"adm{hl}_pcode is empty; {RowSkipped} (expected one adm{hl} unit per row of this table)");
            return null;
        }
        if (level < 0)
        {
            problems.Error(location, "no P-code; expected an adm{N}_pcode (or legacy ADM{N}_PCODE) value");
            return null;
        }
        var names = Names(p, level);
        var ancestors = new List<CodAbAncestor>();
        for (var l = 0; l < level; l++)
        {
            if (p.TryGetValue($"adm{l}_pcode", out var ap))
            {
                var ancestorNames = Names(p, l);
                ancestors.Add(new CodAbAncestor(l, ap, MainName(ancestorNames) ?? ap) { Names = ancestorNames });
            }
            else problems.Warning(location, $"adm{l}_pcode is empty; expected the P-codes of all ancestors on each row");
        }
        var validOn = Date(p, location, problems, "valid_on", "validOn", "date");
        var validTo = Date(p, location, problems, "valid_to", "validTo");
        if (validOn is { } on && validTo is { } to && to < on)
            problems.Error(location + " valid_to", $"valid_to {to:yyyy-MM-dd} is before valid_on {on:yyyy-MM-dd}; expected an end on or after the start");
        return new CodAbUnit(level, p[$"adm{level}_pcode"], MainName(names) ?? p[$"adm{level}_pcode"], location)
        {
            Names = names,
            Ancestors = ancestors,
            Iso2 = p.GetValueOrDefault("iso2"),
            Iso3 = p.GetValueOrDefault("iso3"),
            ValidOn = validOn,
            ValidTo = validTo,
            Version = p.GetValueOrDefault("version_no") ?? p.GetValueOrDefault("version"),
            AreaSqKm = Number(p, "area_sqkm"),
            CenterLat = Number(p, "center_lat"),
            CenterLon = Number(p, "center_lon"),
        };
    }

    private static Dictionary<string, string> Names(Dictionary<string, string> p, int level)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var lang = p.GetValueOrDefault("lang")?.ToLowerInvariant() ?? "und";
        if (p.TryGetValue($"adm{level}_name", out var main)) names[lang] = main;
        for (var i = 1; i <= 3; i++)
            if (p.TryGetValue($"adm{level}_name{i}", out var alt)) names[p.GetValueOrDefault($"lang{i}")?.ToLowerInvariant() ?? $"alt{i}"] = alt;
        foreach (var (k, v) in p)
        {
            var m = LegacyName().Match(k);
            if (m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) == level) names.TryAdd(m.Groups[2].Value.ToLowerInvariant(), v);
        }
        if ((p.GetValueOrDefault($"adm{level}_ref") ?? p.GetValueOrDefault($"adm{level}_ref_name")) is { } r) names["ref"] = r;
        return names;
    }

    private static string? MainName(Dictionary<string, string> names) =>
        names.Where(kv => kv.Key != "ref").Select(kv => kv.Value).FirstOrDefault() ?? names.GetValueOrDefault("ref");

    private static DateOnly? Date(Dictionary<string, string> p, string location, ProblemList problems, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!p.TryGetValue(key, out var text)) continue;
            if (ValueParsing.TryDate(text, out var d) || XlsxWorkbook.TryFromSerial(text, out d)) return d;
            problems.Error(location + " " + key, $"'{text}' is not a date; expected YYYY-MM-DD (or an Excel date serial)");
        }
        return null;
    }

    private static double? Number(Dictionary<string, string> p, string key) =>
        p.TryGetValue(key, out var t) && ValueParsing.TryNumber(t, out var v) ? v : null;

    [GeneratedRegex("^adm[0-5]_pcode$", RegexOptions.IgnoreCase)]
    private static partial Regex PcodeField();

    [GeneratedRegex("^adm([0-5])_?(?:alt\\d)?([a-z]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex LegacyName();
}
