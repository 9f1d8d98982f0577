using HumanSecurity.Areas;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Hxl;

/// <summary>Resolves an <see cref="HxlLayout"/> from a table's tags and an optional <see cref="HxlMapping"/>.</summary>
public static class HxlLayoutResolver
{
    /// <summary>Tags whose columns hold counts and become values in wide form (HXL default schema's numeric tags); also
    /// <c>#indicator</c> columns without <c>+code</c>/<c>+name</c> (<c>#indicator+num</c>, <c>#indicator+x_flood</c>).</summary>
    public static readonly string[] ValueTags = ["#population", "#affected", "#inneed", "#targeted", "#reached", "#beneficiary", "#value"];

    /// <summary>Long-form disaggregation/status/source columns written by <see cref="HxlWriter"/>.</summary>
    public static readonly string[] LongExtraTags = ["#x_sex", "#x_age", "#x_group", "#x_disability", "#x_urbanisation", "#x_obsstatus", "#meta+source"];

    public static HxlLayout Resolve(HxlTable table, HxlMapping? mapping, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        mapping ??= new HxlMapping();
        var disaggregation = new HxlDisaggregation(mapping.Attributes);
        var (area, kind, byName) = FindArea(table, mapping);
        if (area is null)
            problems.Error(table.File, "no area column; expected #adm1+code (or #adm2..5+code, #country+code, #loc+code) or 'area' in the mapping");
        else if (byName)
            problems.Warning(table.File, $"areas are given by name in {area.Label}; codes (#adm1+code) are safer, or match the names to the gazetteer with --match-areas");
        var period = mapping.Period is { } pp ? First(table, pp) : FindPeriod(table);
        Period? fixedPeriod = mapping.FixedPeriod is { } fp && Period.TryParse(fp, out var fpp) ? fpp : null;
        if (period is null && fixedPeriod is null)
            problems.Error(table.File, "no period column; expected #date (or 'period' / 'fixed_period' in the mapping)");
        var indicator = First(table, mapping.Indicator ?? "#indicator+code") ?? (mapping.Indicator is null ? First(table, "#indicator-num-value-name") : null);
        var value = First(table, mapping.Value ?? "#value") ?? First(table, "#indicator+num") ?? First(table, "#indicator+value");
        var values = indicator is not null && value is not null
            ? [new HxlValueColumn(value, "", disaggregation.From(value.Spec!))]
            : WideValues(table, mapping, disaggregation, area, problems);
        if (values.Count == 0)
            problems.Error(table.File, "no value columns; expected #indicator+code with #value (long form) or count tags such as #affected, #inneed+f (wide form)");
        return new HxlLayout
        {
            AreaColumn = area,
            AreaKind = kind,
            AreaByName = byName,
            AreaNameColumn = area is null ? null : FindName(table, area),
            ParentColumn = area is null ? null : FindParent(table, kind),
            ParentNameColumn = area is null ? null : FindParentName(table, kind),
            PeriodColumn = period,
            FixedPeriod = fixedPeriod,
            IndicatorColumn = values.Count == 1 && indicator is not null && value is not null ? indicator : null,
            IndicatorNameColumn = values.Count == 1 && indicator is not null && value is not null ? First(table, "#indicator+name") : null,
            LongExtras = LongExtraTags.Select(t => (t, c: First(table, t))).Where(x => x.c is not null).ToDictionary(x => x.t, x => x.c!),
            Values = values,
        };
    }

    private static HxlColumn? First(HxlTable table, string pattern) => table.Select(HxlTagPattern.Parse(pattern)).FirstOrDefault();

    private static (HxlColumn?, AreaKind, bool) FindArea(HxlTable table, HxlMapping mapping)
    {
        if (mapping.Area is { } p)
        {
            var c = First(table, p);
            return (c, c?.Spec is { } s ? KindOf(s.Tag) : AreaKind.Admin1, c?.Spec is { } s2 && !s2.Has("code") && !s2.Attributes.Any(a => a.StartsWith("v_", StringComparison.Ordinal)));
        }
        foreach (var tag in AreaTags())
        {
            var c = First(table, tag + "+code") ?? First(table, tag + "+v_pcode") ?? First(table, tag + "+v_iso3");
            if (c is not null) return (c, KindOf(tag), false);
        }
        foreach (var tag in AreaTags())
        {
            var c = First(table, tag + "-code");
            if (c is not null) return (c, KindOf(tag), true);
        }
        return (null, AreaKind.Admin1, false);
    }

    private static IEnumerable<string> AreaTags() => ["#adm5", "#adm4", "#adm3", "#adm2", "#adm1", "#country", "#loc"];

    private static AreaKind KindOf(string tag) => tag switch
    {
        "#country" => AreaKind.Country,
        "#loc" => AreaKind.Locality,
        "#region" => AreaKind.Region,
        _ when tag.Length == 5 && tag.StartsWith("#adm", StringComparison.Ordinal) && tag[4] is >= '1' and <= '5' => AreaKind.Admin1 + (tag[4] - '1'),
        _ => AreaKind.Locality,
    };

    private static HxlColumn? FindName(HxlTable table, HxlColumn area) =>
        area.Spec is { } s && s.Has("code") ? First(table, s.Tag + "+name") ?? First(table, s.Tag + "-code") : null;

    private static HxlColumn? FindParent(HxlTable table, AreaKind kind)
    {
        var level = kind.AdminLevel();
        if (level is null or 0) return null;
        var tag = level == 1 ? "#country" : $"#adm{level - 1}";
        return First(table, tag + "+code") ?? First(table, tag + "+v_pcode") ?? First(table, tag + "+v_iso3");
    }

    private static HxlColumn? FindParentName(HxlTable table, AreaKind kind)
    {
        var level = kind.AdminLevel();
        if (level is null or 0) return null;
        return First(table, (level == 1 ? "#country" : $"#adm{level - 1}") + "-code");
    }

    private static HxlColumn? FindPeriod(HxlTable table) =>
        First(table, "#date-end") ?? First(table, "#date");

    private static List<HxlValueColumn> WideValues(HxlTable table, HxlMapping mapping, HxlDisaggregation d, HxlColumn? area, ProblemList problems)
    {
        var result = new List<HxlValueColumn>();
        if (mapping.Columns.Count > 0)
        {
            foreach (var m in mapping.Columns)
            {
                var matched = table.Select(HxlTagPattern.Parse(m.Pattern)).ToList();
                if (matched.Count == 0) problems.Warning(table.File, $"mapping pattern '{m.Pattern}' matches no column");
                result.AddRange(matched.Select(c => new HxlValueColumn(c, m.Indicator ?? d.IndicatorCode(c.Spec!), d.From(c.Spec!, m))));
            }
            return result;
        }
        foreach (var c in table.Columns)
        {
            if (c == area || c.Spec is null) continue;
            var isIndicatorValue = c.Spec.Tag == "#indicator" && !c.Spec.Has("code") && !c.Spec.Has("name");
            if (!ValueTags.Contains(c.Spec.Tag) && !isIndicatorValue) continue;
            result.Add(new HxlValueColumn(c, d.IndicatorCode(c.Spec), d.From(c.Spec)));
        }
        return result;
    }
}
