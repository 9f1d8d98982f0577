using HumanSecurity.Areas;

namespace HumanSecurity.Formats.CodAb;

/// <summary>Turns COD-AB units into <see cref="Area"/>s: countries are coded ISO alpha-3 when <c>iso3</c> is given (else
/// their adm0 P-code); admin units by P-code with their parent, names by language and validity (<c>valid_on</c>,
/// <c>valid_to</c>); ancestors repeated on rows are added once (names, no validity: the row's dates are the layer's).</summary>
public static class CodAbAreas
{
    public static List<Area> ToAreas(IReadOnlyList<CodAbUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var areas = new Dictionary<string, Area>(StringComparer.Ordinal);
        var countryCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var u in units)
        {
            var adm0 = u.Level == 0 ? u.Pcode : u.Ancestors.FirstOrDefault(a => a.Level == 0)?.Pcode;
            if (adm0 is not null) countryCodes.TryAdd(adm0, u.Iso3 ?? adm0);
        }
        string Code(int level, string pcode) => level == 0 ? countryCodes.GetValueOrDefault(pcode, pcode) : pcode;
        foreach (var u in units)
        {
            foreach (var a in u.Ancestors)
            {
                var parentOfAncestor = a.Level == 0 ? null : u.Ancestors.FirstOrDefault(x => x.Level == a.Level - 1) is { } pa ? Code(pa.Level, pa.Pcode) : null;
                areas.TryAdd(Code(a.Level, a.Pcode), new Area(Code(a.Level, a.Pcode), a.Name, KindOf(a.Level), parentOfAncestor) { AlternateNames = AlternateNames(a.Names) });
            }
            var code = Code(u.Level, u.Pcode);
            var parent = u.Level == 0 ? null : u.Ancestors.FirstOrDefault(x => x.Level == u.Level - 1) is { } p ? Code(p.Level, p.Pcode) : null;
            areas[code] = new Area(code, u.Name, KindOf(u.Level), parent)
            {
                GeometryRef = u.GeometryJson is null ? null : code,
                AlternateNames = AlternateNames(u.Names),
                ValidFrom = u.ValidOn,
                ValidTo = u.ValidTo,
            };
        }
        return [.. areas.Values];
    }

    /// <summary>A unit's names for <see cref="Area.AlternateNames"/>: every language-coded name (the main one included, so
    /// its language is known) and <c>ref</c>; <c>und</c> (main name of a layer without <c>lang</c>) is left out, as it is
    /// the area's <see cref="Area.Name"/>.</summary>
    public static IReadOnlyDictionary<string, string> AlternateNames(IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Where(n => n.Key != "und").ToDictionary(n => n.Key, n => n.Value, StringComparer.Ordinal);
    }

    /// <summary>Area code a unit gets in <see cref="ToAreas"/>.</summary>
    public static string CodeOf(CodAbUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Level == 0 ? unit.Iso3 ?? unit.Pcode : unit.Pcode;
    }

    public static AreaKind KindOf(int level) => level == 0 ? AreaKind.Country : AreaKind.Admin1 + (level - 1);
}
