using HumanSecurity.Areas;
using HumanSecurity.Indices;
using HumanSecurity.Web.Text;

namespace HumanSecurity.Web.ReadModels.Profiles;

/// <summary>The index part of a profile: the tree with scores, ranks, classes and contributions (Core's
/// <see cref="Contributions"/> on the saved scores), and the area beside its parent and country.</summary>
internal static class ProfileIndex
{
    public static IndexSection? Section(DashboardSnapshot snapshot, RunScores scores, RunModel? model, Area area, MapLegend legend)
    {
        if (scores.DefaultNode() is not { } top || scores.Row(top, area.Code) is null) return null;
        var rows = model is null ? Flat(snapshot, scores, area, legend) : Tree(snapshot, scores, model, area, legend);
        return new IndexSection(top, model is not null, rows, Finite(scores.Reliability(top, area.Code, "missing_share")),
            Finite(scores.Reliability(top, area.Code, "imputed_share")), Finite(scores.Reliability(top, area.Code, "data_age")));
    }

    public static ComparisonSection? Comparison(DashboardSnapshot snapshot, RunScores scores, RunModel? model, Area area, TextSet text)
    {
        var parent = area.ParentCode is { } p ? snapshot.Area(p) : null;
        var country = snapshot.Areas.AncestorOfKind(area.Code, AreaKind.Country);
        if (country?.Code == area.Code || country?.Code == parent?.Code) country = null;
        var nodes = scores.Nodes.Where(n => scores.LevelOf(n) >= 2).OrderByDescending(scores.LevelOf).ToList();
        if (nodes.Count == 0 || scores.Row(nodes[0], area.Code) is null) return null;
        var rows = nodes.Select(n => new ComparisonRow(n, NameOf(snapshot, model, n), Finite(scores.Score(n, area.Code)),
            parent is null ? null : Finite(scores.Score(n, parent.Code)), country is null ? null : Finite(scores.Score(n, country.Code)))).ToList();
        return new ComparisonSection(parent is null ? null : Ref(parent, text), country is null ? null : Ref(country, text), rows);
    }

    private static List<IndexNodeRow> Tree(DashboardSnapshot snapshot, RunScores scores, RunModel model, Area area, MapLegend legend)
    {
        var tree = model.Tree;
        double Score(int n) => scores.Score(tree.Codes[n], area.Code);
        var rows = new List<IndexNodeRow>();
        var roots = tree.Roots().OrderByDescending(r => tree.Levels[r]).ThenBy(r => r).ToList();
        foreach (var root in roots)
        {
            // The first root lists every indicator; further views (e.g. HSI_IMPACT) list their aggregates only, since
            // their indicators are the same ones again.
            var leaves = root == roots[0];
            var contributions = Contributions.Compute(tree, Score, root);
            var total = Score(root);
            void Visit(int node, int? parent, int depth)
            {
                var code = tree.Codes[node];
                var c = double.IsNaN(total) ? (double?)null : contributions[node];
                rows.Add(Row(snapshot, scores, area, code, model.NameOf(node), parent is { } p ? tree.Codes[p] : null, depth, legend, c,
                    c is { } v && total != 0 ? v / total : null));
                foreach (var child in tree.Children[node].OrderByDescending(k => contributions[k]).ThenBy(k => tree.Codes[k], StringComparer.Ordinal))
                    if (leaves || child >= tree.IndicatorCount) Visit(child, node, depth + 1);
            }
            Visit(root, null, 0);
        }
        return rows;
    }

    private static List<IndexNodeRow> Flat(DashboardSnapshot snapshot, RunScores scores, Area area, MapLegend legend)
    {
        var top = scores.Nodes.Max(scores.LevelOf);
        return [.. scores.Nodes.OrderByDescending(scores.LevelOf).ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => Row(snapshot, scores, area, n, NameOf(snapshot, null, n), null, top - scores.LevelOf(n), legend, null, null))];
    }

    private static IndexNodeRow Row(DashboardSnapshot snapshot, RunScores scores, Area area, string code, string name, string? parent, int depth,
        MapLegend legend, double? contribution, double? share)
    {
        var row = scores.Row(code, area.Code);
        var of = scores.RowsOf(code).Count(r => r.Rank > 0 && snapshot.Area(r.Unit)?.Kind == area.Kind);
        var colour = row?.Class is { } c ? legend.Classes.FirstOrDefault(l => l.Label == c)?.Colour ?? Palette.NoData : Palette.NoData;
        return new IndexNodeRow(code, name, scores.LevelOf(code), parent, depth, Finite(row?.Score ?? double.NaN), row?.Rank ?? 0, of, row?.Class, colour,
            contribution, share);
    }

    public static string NameOf(DashboardSnapshot snapshot, RunModel? model, string code) =>
        model is not null && model.Tree.Index.TryGetValue(code, out var n) ? model.NameOf(n)
            : snapshot.Indicators.TryGetValue(code, out var i) ? i.Name : code;

    public static AreaRef Ref(Area a, TextSet text) => new(a.Code, text.Name(a), a.Kind.ToCode());

    public static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
