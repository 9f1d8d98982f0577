using System.Globalization;
using HumanSecurity.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;

namespace HumanSecurity.Demo;

/// <summary>Generates the fictional region: a blob-shaped region split into three countries, each into 5–8 admin-1
/// areas, each into 6–12 admin-2 areas, by Voronoi cells of seeded points clipped to the parent polygon, so that every
/// level tiles the one above it. Coordinates lie in the open South Atlantic, far from any real land.</summary>
internal sealed class DemoGeography
{
    public const string RegionCode = "XRG";
    public const string RegionName = "Aurelian Basin (fictional region)";

    /// <summary>Country code (ISO 3166 user-assigned), P-code prefix, name.</summary>
    public static readonly (string Code, string Prefix, string Name)[] Countries =
    [
        ("XAU", "XA", "Republic of Aurelia"),
        ("XBO", "XB", "Federal Republic of Borovia"),
        ("XCE", "XC", "Union of Celestria"),
    ];

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly PrecisionModel Grid = new(1e6);

    private readonly DemoRandom _random;
    private readonly DemoNames _names;

    private DemoGeography(DemoRandom random)
    {
        _random = random;
        _names = new DemoNames(random);
    }

    public DemoArea Region { get; private set; } = null!;

    /// <summary>Every area, region first, then countries, admin-1 and admin-2 in code order.</summary>
    public List<DemoArea> All { get; } = [];

    public IEnumerable<DemoArea> OfKind(AreaKind kind) => All.Where(a => a.Kind == kind);

    public static DemoGeography Generate(int seed)
    {
        var g = new DemoGeography(DemoRandom.Derive(seed, "geography"));
        g.Build();
        return g;
    }

    private void Build()
    {
        Region = new DemoArea(RegionCode, RegionName, AreaKind.Region, null) { Geometry = RegionShape() };
        var countryCells = DemoVoronoi.Split(Region.Geometry, Countries.Length, _random);
        for (var c = 0; c < Countries.Length; c++)
        {
            var (code, prefix, name) = Countries[c];
            var country = Add(new DemoArea(code, name, AreaKind.Country, Region) { Geometry = countryCells[c] });
            var admin1Cells = DemoVoronoi.Split(country.Geometry, _random.Next(5, 9), _random);
            for (var i = 0; i < admin1Cells.Count; i++)
            {
                var a1Code = prefix + (i + 1).ToString("D2", CultureInfo.InvariantCulture);
                var admin1 = Add(new DemoArea(a1Code, _names.Next() + " Province", AreaKind.Admin1, country) { Geometry = admin1Cells[i] });
                var admin2Cells = DemoVoronoi.Split(admin1.Geometry, _random.Next(6, 13), _random);
                for (var j = 0; j < admin2Cells.Count; j++)
                {
                    var a2Code = a1Code + (j + 1).ToString("D2", CultureInfo.InvariantCulture);
                    Add(new DemoArea(a2Code, _names.Next() + " District", AreaKind.Admin2, admin1) { Geometry = admin2Cells[j] });
                }
            }
        }
        All.Insert(0, Region);
        foreach (var a in All)
        {
            a.Geometry = GeometryPrecisionReducer.Reduce(a.Geometry, Grid);
            var centroid = a.Geometry.Centroid;
            (a.X, a.Y) = (centroid.X, centroid.Y);
        }
        DemoPopulation.Assign(this, _random);
    }

    private DemoArea Add(DemoArea area)
    {
        area.Parent?.Children.Add(area);
        All.Add(area);
        return area;
    }

    /// <summary>A star-shaped blob about 10° across, centred at 25°W 36°S.</summary>
    private Polygon RegionShape()
    {
        const int n = 72;
        var (p1, p2, p3) = (_random.Uniform(0, 2 * Math.PI), _random.Uniform(0, 2 * Math.PI), _random.Uniform(0, 2 * Math.PI));
        var coords = new Coordinate[n + 1];
        for (var i = 0; i < n; i++)
        {
            var t = 2 * Math.PI * i / n;
            var r = 5.0 * (1 + 0.10 * Math.Sin(2 * t + p1) + 0.07 * Math.Sin(3 * t + p2) + 0.04 * Math.Sin(7 * t + p3));
            coords[i] = new Coordinate(-25 + r * Math.Cos(t) * 1.25, -36 + r * Math.Sin(t));
        }
        coords[n] = coords[0].Copy();
        return Factory.CreatePolygon(coords);
    }

    /// <summary>Approximate area in km² of a small lon/lat geometry (equirectangular at its centroid).</summary>
    public static double AreaSqKm(Geometry g) => g.Area * 111.32 * 111.32 * Math.Cos(g.Centroid.Y * Math.PI / 180);
}
