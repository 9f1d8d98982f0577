namespace HumanSecurity.Areas;

/// <summary>A place in the hierarchy (world, region, country, admin level, locality). Codes are strings
/// (ISO 3166 alpha-3 for countries, OCHA P-codes below).</summary>
/// <param name="Code">Unique code, e.g. <c>CF62</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Level in the hierarchy.</param>
/// <param name="ParentCode">Code of the parent area; null for a root.</param>
public sealed record Area(string Code, string Name, AreaKind Kind, string? ParentCode)
{
    private static readonly IReadOnlyDictionary<string, string> EmptyNames = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Population by period (ISO 8601 period text, usually a year). Empty when unknown.</summary>
    public IReadOnlyList<AreaPopulation> Populations { get; init; } = [];

    /// <summary>Reference to the area's geometry (e.g. a dataset id and feature id); null when the area has none.</summary>
    public string? GeometryRef { get; init; }

    /// <summary>Names by language code (ISO 639, lower case, e.g. <c>fr</c>, <c>sg</c>; <c>ref</c> = romanised reference
    /// name of OCHA COD-AB). May include the language of <see cref="Name"/>, which stays the display name. Empty when none.</summary>
    public IReadOnlyDictionary<string, string> AlternateNames { get; init; } = EmptyNames;

    /// <summary>First day the area (with this code and boundary) is valid, e.g. COD-AB <c>valid_on</c>; null when unknown.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Last day the area is valid (COD-AB <c>valid_to</c>); null while it is current.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>Latest population figure at or before <paramref name="period"/>, else the earliest one; null when none.</summary>
    public double? PopulationAt(Observations.Period period)
    {
        AreaPopulation? best = null;
        foreach (var p in Populations)
        {
            if (p.Period.CompareTo(period) <= 0 && (best is null || p.Period.CompareTo(best.Period) > 0)) best = p;
        }
        best ??= Populations.OrderBy(p => p.Period).FirstOrDefault();
        return best?.Population;
    }
}

/// <summary>Population of an area in a period.</summary>
public sealed record AreaPopulation(Observations.Period Period, double Population);
