using HumanSecurity.Indicators;

namespace HumanSecurity.Indices;

/// <summary>Fills a catalogue-driven model (<c>indicators: {from_catalogue: true}</c>) with leaves from an indicator catalogue:
/// each node's <see cref="ModelNode.Members"/> selector (<c>cluster=climate</c>, <c>impact=survival</c>,
/// <c>timeframe=emerging</c>, <c>type=food</c>, or <c>all</c>) picks indicators; an indicator may feed several nodes (views).
/// Direction comes from the catalogue: higher-is-worse indicators move with the index (+1), higher-is-better ones are inverted.</summary>
public static class CatalogueBinding
{
    public static IndexModel Bind(IndexModel model, IEnumerable<Indicator> catalogue, Func<Indicator, bool>? available = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(catalogue);
        var selectors = new List<(ModelNode Node, Func<Indicator, bool> Match)>();
        foreach (var n in model.Nodes.Where(n => n.Members is not null))
            selectors.Add((n, Selector(n)));
        if (selectors.Count == 0)
            throw new InvalidInputException(model.Name, "a catalogue model needs nodes with 'members' (e.g. members: cluster=climate)");
        var leaves = new List<ModelIndicator>();
        foreach (var ind in catalogue)
        {
            if (available is not null && !available(ind)) continue;
            var parents = selectors.Where(s => s.Match(ind)).Select(s => s.Node.Code).ToList();
            if (parents.Count == 0) continue;
            leaves.Add(new ModelIndicator(ind.Code, parents[0])
            {
                Name = ind.Name,
                ExtraParents = parents.Skip(1).ToList(),
                Direction = ind.Direction == Direction.HigherIsWorse ? 1 : -1,
            });
        }
        if (leaves.Count == 0) throw new InvalidInputException(model.Name, "no catalogue indicator matches any node's 'members' selector");
        return model with { Indicators = leaves };
    }

    private static Func<Indicator, bool> Selector(ModelNode node)
    {
        var text = node.Members!.Trim();
        if (text.Equals("all", StringComparison.OrdinalIgnoreCase)) return _ => true;
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var key = eq < 0 ? "" : text[..eq].Trim().ToLowerInvariant();
        var value = eq < 0 ? "" : text[(eq + 1)..].Trim();
        Func<Indicator, bool>? match = key switch
        {
            "cluster" when IndicatorVocabulary.TryParseCluster(value, out var c) => i => i.Cluster == c,
            "impact" when Enum.TryParse<Impacts>(value, true, out var im) && im != Impacts.None => i => i.Impacts.HasFlag(im),
            "timeframe" when Enum.TryParse<Timeframe>(value, true, out var tf) => i => i.Timeframe == tf,
            "type" when Enum.TryParse<InsecurityTypes>(value, true, out var ty) && ty != default => i => i.Types.HasFlag(ty),
            _ => null,
        };
        return match ?? throw new InvalidInputException(node.Location ?? node.Code,
            $"members '{text}' of node '{node.Code}' is not a selector; expected cluster=climate|digital|health|poverty|conflict, impact=survival|livelihood|dignity, timeframe=structural|emerging, type=<insecurity type> or all");
    }
}
