using HumanSecurity.Areas;
using NetTopologySuite.Geometries;

namespace HumanSecurity.Demo;

/// <summary>One generated area with its polygon, centroid, urban share and population per demo year.</summary>
internal sealed class DemoArea(string code, string name, AreaKind kind, DemoArea? parent)
{
    public string Code { get; } = code;

    public string Name { get; } = name;

    public AreaKind Kind { get; } = kind;

    public DemoArea? Parent { get; } = parent;

    public List<DemoArea> Children { get; } = [];

    public Geometry Geometry { get; set; } = Polygon.Empty;

    /// <summary>Centroid longitude.</summary>
    public double X { get; set; }

    /// <summary>Centroid latitude.</summary>
    public double Y { get; set; }

    /// <summary>Share of the population living in urban areas, 0..1.</summary>
    public double UrbanShare { get; set; }

    /// <summary>Population per year, index 0 = <see cref="DemoCalendar.FirstYear"/>.</summary>
    public double[] Population { get; set; } = new double[DemoCalendar.Years];

    public double PopulationIn(int year) => Population[year - DemoCalendar.FirstYear];

    /// <summary>The country this area belongs to (itself for a country); null for the region.</summary>
    public DemoArea? Country => Kind == AreaKind.Country ? this : Parent?.Country;

    public DemoArea? Admin1 => Kind == AreaKind.Admin1 ? this : Kind == AreaKind.Admin2 ? Parent : null;
}
