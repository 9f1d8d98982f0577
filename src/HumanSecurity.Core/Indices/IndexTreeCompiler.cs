namespace HumanSecurity.Indices;

/// <summary>Validates a model and lays it out for evaluation (see <see cref="IndexTree"/>).</summary>
internal static class IndexTreeCompiler
{
    public static IndexTree Compile(IndexModel model, PipelineOptions options)
    {
        var problems = new ProblemList();
        var where = (string? loc, string code) => loc ?? $"{model.Name}: {code}";
        var nodes = new Dictionary<string, ModelNode>(StringComparer.Ordinal);
        foreach (var n in model.Nodes)
        {
            if (!nodes.TryAdd(n.Code, n)) problems.Error(where(n.Location, n.Code), $"node code '{n.Code}' is declared twice");
            ValidateWeight(problems, where(n.Location, n.Code), n.Code, n.Weight);
            if (n.MinShare is { } s && (s < 0 || s > 1)) problems.Error(where(n.Location, n.Code), $"min_share of '{n.Code}' is {s}; expected a share between 0 and 1");
        }
        var indicators = new List<ModelIndicator>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ind in model.Indicators)
        {
            var loc = where(ind.Location, ind.Code);
            if (!seen.Add(ind.Code) || nodes.ContainsKey(ind.Code)) problems.Error(loc, $"indicator code '{ind.Code}' is declared twice");
            if (ind.Direction is not (1 or -1)) problems.Error(loc, $"direction of '{ind.Code}' is {ind.Direction}; expected 1 or -1");
            ValidateWeight(problems, loc, ind.Code, ind.Weight);
            foreach (var p in ParentsOf(ind))
                if (!nodes.ContainsKey(p)) problems.Error(loc, $"parent '{p}' of indicator '{ind.Code}' is not a node of the model");
            if (ind is { GoalMin: { } lo, GoalMax: { } hi } && !(hi > lo)) problems.Error(loc, $"goalposts of '{ind.Code}' must satisfy min < max (got {lo}, {hi})");
            if (!options.Drop.Contains(ind.Code)) indicators.Add(ind);
        }
        foreach (var n in model.Nodes)
            if (n.Parent is not null && !nodes.ContainsKey(n.Parent)) problems.Error(where(n.Location, n.Code), $"parent '{n.Parent}' of node '{n.Code}' is not a node of the model");
        foreach (var code in options.Weights.Keys)
            if (!seen.Contains(code) && !nodes.ContainsKey(code)) problems.Error("weights", $"'{code}' is not an indicator or node of model '{model.Name}'");
        problems.ThrowIfErrors();
        if (indicators.Count == 0) throw new InvalidInputException(model.Name, "the model has no indicators");
        return Layout(model, options, nodes, indicators, problems);
    }

    private static IEnumerable<string> ParentsOf(ModelIndicator i) => [i.Parent, .. i.ExtraParents];

    private static void ValidateWeight(ProblemList problems, string loc, string code, double w)
    {
        if (!double.IsFinite(w) || w < 0) problems.Error(loc, $"weight of '{code}' is {w}; expected a finite number >= 0");
    }

    private static IndexTree Layout(IndexModel model, PipelineOptions options, Dictionary<string, ModelNode> nodes,
        List<ModelIndicator> indicators, ProblemList problems)
    {
        // children by node code, in declaration order (indicators first, then nodes)
        var kids = nodes.Keys.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var ind in indicators) foreach (var p in ParentsOf(ind)) kids[p].Add(ind.Code);
        foreach (var n in model.Nodes)
            if (n.Parent is not null && !options.Drop.Contains(n.Code)) kids[n.Parent].Add(n.Code);
        var alive = PruneEmpty(model, nodes, kids, options.Drop);
        var levelOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ind in indicators) levelOf[ind.Code] = 1;
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in alive) ComputeLevel(code, nodes, kids, levelOf, state, problems);
        problems.ThrowIfErrors();
        var ordered = alive.Select((c, i) => (c, i)).OrderBy(t => levelOf[t.c]).ThenBy(t => t.i).Select(t => nodes[t.c]).ToArray();
        var codes = indicators.Select(i => i.Code).Concat(ordered.Select(o => o.Code)).ToList();
        var index = codes.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i, StringComparer.Ordinal);
        var count = codes.Count;
        var children = new int[count][];
        var weights = new double[count];
        var levels = new int[count];
        var methods = new AggregateSpec[count];
        var minShare = new double[count];
        for (var i = 0; i < indicators.Count; i++)
        {
            children[i] = [];
            levels[i] = 1;
            weights[i] = options.Weights.TryGetValue(indicators[i].Code, out var w) ? w : indicators[i].Weight;
        }
        for (var k = 0; k < ordered.Length; k++)
        {
            var n = ordered[k];
            var i = indicators.Count + k;
            children[i] = [.. kids[n.Code].Where(index.ContainsKey).Select(c => index[c])];
            levels[i] = levelOf[n.Code];
            weights[i] = options.Weights.TryGetValue(n.Code, out var w) ? w : n.Weight;
            methods[i] = ResolveMethod(model, options, n, levels[i]);
            minShare[i] = n.MinShare ?? model.Defaults.MinShare;
        }
        return new IndexTree(model, [.. indicators], ordered, children, weights, levels, methods, minShare);
    }

    private static List<string> PruneEmpty(IndexModel model, Dictionary<string, ModelNode> nodes, Dictionary<string, List<string>> kids, IReadOnlySet<string> drop)
    {
        var alive = new HashSet<string>(nodes.Keys.Where(k => !drop.Contains(k)), StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var code in alive.ToList())
            {
                if (kids[code].Any(c => alive.Contains(c) || !nodes.ContainsKey(c))) continue;
                if (drop.Count == 0 && !model.FromCatalogue)
                    throw new InvalidInputException(nodes[code].Location ?? $"{model.Name}: {code}", $"node '{code}' has no children (no indicator or node names it as parent)");
                alive.Remove(code);
                foreach (var list in kids.Values) list.Remove(code);
                changed = true;
            }
        }
        while (changed);
        return [.. model.Nodes.Select(n => n.Code).Where(alive.Contains)];
    }

    private static int ComputeLevel(string code, Dictionary<string, ModelNode> nodes, Dictionary<string, List<string>> kids,
        Dictionary<string, int> levelOf, Dictionary<string, int> state, ProblemList problems)
    {
        if (levelOf.TryGetValue(code, out var known)) return known;
        if (state.GetValueOrDefault(code) == 1)
        {
            problems.Error(nodes[code].Location ?? code, $"node '{code}' is its own ancestor (cycle in parents)");
            return 1;
        }
        state[code] = 1;
        var max = 1;
        foreach (var c in kids[code])
            if (levelOf.ContainsKey(c) || nodes.ContainsKey(c)) max = Math.Max(max, ComputeLevel(c, nodes, kids, levelOf, state, problems));
        var level = max + 1;
        var declared = nodes[code].Level;
        if (declared > 0 && declared < level)
            problems.Error(nodes[code].Location ?? code, $"level of '{code}' is {declared} but a child is at level {max}; expected a level above {max}");
        if (declared > 0) level = declared;
        levelOf[code] = level;
        state[code] = 2;
        return level;
    }

    private static AggregateSpec ResolveMethod(IndexModel model, PipelineOptions options, ModelNode node, int level)
    {
        if (options.AggregateByLevel.TryGetValue(level, out var byLevelOverride)) return byLevelOverride;
        if (options.Aggregate is { } all) return all;
        if (node.Aggregate is { } own) return own;
        return model.Defaults.AggregateByLevel.TryGetValue(level, out var byLevel) ? byLevel : model.Defaults.Aggregate;
    }
}
