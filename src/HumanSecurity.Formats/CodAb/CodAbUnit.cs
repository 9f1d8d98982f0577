namespace HumanSecurity.Formats.CodAb;

/// <summary>One administrative unit of a COD-AB layer or gazetteer row, in one model for the new lower-case and the
/// legacy upper-case attribute schemas.</summary>
/// <param name="Level">Admin level, 0 = country.</param>
/// <param name="Pcode">P-code of the unit (country: ISO alpha-2 or alpha-3 code as given).</param>
/// <param name="Name">Name in the layer's main language.</param>
/// <param name="Location">Where it was read: <c>file features[3]</c> or <c>file!sheet:12</c>.</param>
public sealed record CodAbUnit(int Level, string Pcode, string Name, string Location)
{
    /// <summary>Names by language code (<c>fr</c>, <c>en</c>...; <c>ref</c> = romanised reference name).</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>Ancestors' P-codes and names from level 0 down to <see cref="Level"/> − 1 (as repeated on each row).</summary>
    public IReadOnlyList<CodAbAncestor> Ancestors { get; init; } = [];

    public string? Iso2 { get; init; }

    public string? Iso3 { get; init; }

    public DateOnly? ValidOn { get; init; }

    public DateOnly? ValidTo { get; init; }

    public string? Version { get; init; }

    public double? AreaSqKm { get; init; }

    public double? CenterLat { get; init; }

    public double? CenterLon { get; init; }

    /// <summary>Geometry as GeoJSON text, or null (gazetteers, features without geometry).</summary>
    public string? GeometryJson { get; init; }

    /// <summary>P-code of the parent unit (level − 1), or null for a country.</summary>
    public string? ParentPcode => Ancestors.Count > 0 ? Ancestors[^1].Pcode : null;
}

/// <summary>An ancestor of a unit as repeated on its row.</summary>
public sealed record CodAbAncestor(int Level, string Pcode, string Name)
{
    /// <summary>The ancestor's names by language code as repeated on the row (same keys as <see cref="CodAbUnit.Names"/>).</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();
}
