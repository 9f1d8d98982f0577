using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Triangulate;

namespace HumanSecurity.Demo;

/// <summary>Splits a polygon into <c>n</c> non-overlapping parts: Voronoi cells of well-spread seeded points inside it,
/// each clipped to the polygon. The parts tile the polygon.</summary>
internal static class DemoVoronoi
{
    public static IReadOnlyList<Geometry> Split(Geometry parent, int n, DemoRandom random)
    {
        var sites = SpreadPoints(parent, n, random);
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(sites);
        var env = new Envelope(parent.EnvelopeInternal);
        env.ExpandBy(Math.Max(env.Width, env.Height));
        builder.ClipEnvelope = env;
        var diagram = builder.GetDiagram(parent.Factory);
        var parts = new Geometry[n];
        for (var i = 0; i < diagram.NumGeometries; i++)
        {
            var cell = diagram.GetGeometryN(i);
            var site = (Coordinate)cell.UserData;
            var index = sites.FindIndex(s => s.Equals2D(site));
            parts[index] = Polygonal(cell.Intersection(parent));
        }
        // Sort the parts north-west to south-east so that codes read in a natural order.
        return parts.OrderByDescending(p => Math.Round(p.Centroid.Y, 1)).ThenBy(p => p.Centroid.X).ToList();
    }

    private static List<Coordinate> SpreadPoints(Geometry parent, int n, DemoRandom random)
    {
        var env = parent.EnvelopeInternal;
        var minDistance = 0.8 * Math.Sqrt(parent.Area / n);
        var points = new List<Coordinate>(n);
        var attempts = 0;
        while (points.Count < n)
        {
            var c = new Coordinate(random.Uniform(env.MinX, env.MaxX), random.Uniform(env.MinY, env.MaxY));
            if (++attempts % 200 == 0) minDistance *= 0.8;
            if (!parent.Contains(parent.Factory.CreatePoint(c))) continue;
            if (points.Any(p => p.Distance(c) < minDistance)) continue;
            points.Add(c);
        }
        return points;
    }

    private static Geometry Polygonal(Geometry g)
    {
        var polygons = PolygonExtracter.GetPolygons(g).Cast<Polygon>().Where(p => p.Area > 0).ToArray();
        return polygons.Length == 1 ? polygons[0] : g.Factory.CreateMultiPolygon(polygons);
    }
}
