using System.Text.RegularExpressions;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Hxl;

/// <summary>Turns HXL disaggregation attributes (<c>+f +m</c>, <c>+children</c>, <c>+age_5_12</c>, <c>+refugees</c>,
/// <c>+disabled</c>, <c>+urban</c>...) into a <see cref="Disaggregation"/>; other attributes name the indicator.</summary>
public sealed partial class HxlDisaggregation
{
    private static readonly Dictionary<string, HxlDimensionValues> Defaults = new(StringComparer.Ordinal)
    {
        ["f"] = new() { Sex = "F" },
        ["m"] = new() { Sex = "M" },
        ["infants"] = new() { Age = "Y0" },
        ["children"] = new() { Age = "Y0T17" },
        ["adolescents"] = new() { Age = "Y10T19" },
        ["adults"] = new() { Age = "Y18T59" },
        ["elderly"] = new() { Age = "Y_GE60" },
        ["refugees"] = new() { Group = "REF" },
        ["idps"] = new() { Group = "IDP" },
        ["hostcommunity"] = new() { Group = "HOST" },
        ["returnees"] = new() { Group = "RET" },
        ["disabled"] = new() { Disability = "DIS" },
        ["urban"] = new() { Urbanisation = "U" },
        ["rural"] = new() { Urbanisation = "R" },
    };

    /// <summary>Attributes that neither disaggregate nor change the indicator.</summary>
    private static readonly HashSet<string> Neutral = new(StringComparer.Ordinal) { "total", "ind", "num", "value", "code", "name", "label", "list" };

    private readonly Dictionary<string, HxlDimensionValues> _meanings;

    public HxlDisaggregation(IReadOnlyDictionary<string, HxlDimensionValues>? extra = null)
    {
        _meanings = new Dictionary<string, HxlDimensionValues>(Defaults, StringComparer.Ordinal);
        if (extra is not null) foreach (var (k, v) in extra) _meanings[k.TrimStart('+').ToLowerInvariant()] = v;
    }

    /// <summary>The disaggregation the attributes of <paramref name="spec"/> describe, overridden by <paramref name="overrides"/>.</summary>
    public Disaggregation From(HxlTagSpec spec, HxlDimensionValues? overrides = null)
    {
        string sex = Disaggregation.TotalCode, age = sex, group = sex, disability = sex, urban = sex;
        string? preciseAge = null;
        foreach (var a in spec.Attributes)
        {
            if (_meanings.TryGetValue(a, out var v))
            {
                sex = v.Sex ?? sex; age = v.Age ?? age; group = v.Group ?? group; disability = v.Disability ?? disability; urban = v.Urbanisation ?? urban;
            }
            else if (PreciseAge(a) is { } precise) preciseAge = precise;
        }
        age = preciseAge ?? age;
        if (overrides is not null)
        {
            sex = overrides.Sex ?? sex; age = overrides.Age ?? age; group = overrides.Group ?? group;
            disability = overrides.Disability ?? disability; urban = overrides.Urbanisation ?? urban;
        }
        var d = new Disaggregation(sex, age, group, disability, urban);
        return d.IsTotal ? Disaggregation.Total : d;
    }

    /// <summary>Indicator code from the tag name and the attributes that are not disaggregations, joined by <c>_</c>.</summary>
    public string IndicatorCode(HxlTagSpec spec)
    {
        var rest = spec.Attributes.Where(a => !_meanings.ContainsKey(a) && !Neutral.Contains(a) && PreciseAge(a) is null
            && !(a.Length > 2 && a[1] == '_' && a[0] is 'v' or 'i')).Order(StringComparer.Ordinal);
        return spec.Tag == "#indicator" && rest.Any() ? string.Join('_', rest) : string.Join('_', rest.Prepend(spec.Name));
    }

    /// <summary><c>age_5_12</c> → <c>Y5T12</c>; <c>age_60_plus</c> → <c>Y_GE60</c>.</summary>
    private static string? PreciseAge(string attribute)
    {
        var m = AgePattern().Match(attribute);
        if (!m.Success) return null;
        return m.Groups[2].Value is "plus" ? $"Y_GE{m.Groups[1].Value}" : $"Y{m.Groups[1].Value}T{m.Groups[2].Value}";
    }

    [GeneratedRegex(@"^age_?(\d{1,3})_(\d{1,3}|plus)$")]
    private static partial Regex AgePattern();
}
