namespace HumanSecurity.Poverty;

/// <summary>Turns one domain's totals into estimates (levels, further measures, indicator measures) with SEs and CIs.</summary>
internal sealed class DomainEstimates(SurveyCells sample, PovertySpec spec, CellLayout layout, DesignVariance? variance, Intervals intervals)
{
    private readonly double[] _weights = sample.Indicators.Select(i => i.Weight.ToDouble()).ToArray();

    public List<Estimate> Levels { get; } = [];

    public List<Estimate> Measures { get; } = [];

    public List<Estimate> Indicators { get; } = [];

    /// <summary>Adds every estimate of domain (round, group) of <paramref name="set"/>; <paramref name="whole"/> holds
    /// the whole-population totals of the round (for shares and contributions).</summary>
    public void Add(DomainSet set, int round, int group, ReadOnlySpan<double> whole)
    {
        var w = layout.Width;
        var d = set.Domain(round, group);
        var t = new ReadOnlySpan<double>(set.Totals, d * w, w);
        var pop = t[CellLayout.Pop];
        if (pop <= 0) return;
        var ctx = new Row(sample.HasTime ? sample.RoundLabels[round] : "", set.Over, set.Labels[group], t[CellLayout.Rows], pop);
        var share = pop / whole[CellLayout.Pop];
        var hasGaps = sample.HasGaps;
        for (var k = 0; k < spec.K.Count; k++)
        {
            var kl = spec.K[k].Label;
            var poor = t[layout.Poor(k)];
            var m0 = t[layout.Score(k)] / pop;
            Levels.Add(Level(ctx, kl, "H", poor / pop, set, d, layout.Poor(k), CellLayout.Pop));
            Levels.Add(Level(ctx, kl, "A", poor > 0 ? t[layout.Score(k)] / poor : double.NaN, set, d, layout.Score(k), layout.Poor(k)));
            Levels.Add(Level(ctx, kl, "M0", m0, set, d, layout.Score(k), CellLayout.Pop));
            AddMeasures(ctx, kl, t, k, set, d, share, whole, hasGaps);
            AddIndicators(ctx, kl, t, k, set, d, m0);
        }
    }

    private void AddMeasures(Row ctx, string kl, ReadOnlySpan<double> t, int k, DomainSet set, int d, double share, ReadOnlySpan<double> whole, bool hasGaps)
    {
        var pop = ctx.WeightedN;
        var poor = t[layout.Poor(k)];
        var a = poor > 0 ? t[layout.Score(k)] / poor : double.NaN;
        var v = poor > 0 ? Math.Max(0, t[layout.Score2(k)] / poor - a * a) : double.NaN;
        var poorPersons = t[layout.PoorPersons(k)];
        Measures.Add(Level(ctx, kl, "severe", t[layout.Severe] / pop, set, d, layout.Severe, CellLayout.Pop));
        Measures.Add(Level(ctx, kl, "vulnerable", t[layout.Vulnerable(k)] / pop, set, d, layout.Vulnerable(k), CellLayout.Pop));
        Measures.Add(Plain(ctx, kl, "V", v));
        Measures.Add(Plain(ctx, kl, "V_ophi", poorPersons > 1 ? v * poorPersons / (poorPersons - 1) : double.NaN));
        if (hasGaps)
        {
            Measures.Add(Plain(ctx, kl, "M1", t[layout.Gap1(k)] / pop));
            Measures.Add(Plain(ctx, kl, "M2", t[layout.Gap2(k)] / pop));
        }
        Measures.Add(Plain(ctx, kl, "share", share));
        var wholeM0 = whole[layout.Score(k)] / whole[CellLayout.Pop];
        Measures.Add(Plain(ctx, kl, "contrib", wholeM0 > 0 ? share * (t[layout.Score(k)] / pop) / wholeM0 : double.NaN));
    }

    private void AddIndicators(Row ctx, string kl, ReadOnlySpan<double> t, int k, DomainSet set, int d, double m0)
    {
        for (var j = 0; j < sample.Indicators.Count; j++)
        {
            var name = sample.Indicators[j].Name;
            var hdk = t[layout.Hdk(k, j)] / ctx.WeightedN;
            Indicators.Add(Level(ctx, kl, "hd", t[CellLayout.Hd0 + j] / ctx.WeightedN, set, d, CellLayout.Hd0 + j, CellLayout.Pop) with { Indicator = name });
            Indicators.Add(Level(ctx, kl, "hdk", hdk, set, d, layout.Hdk(k, j), CellLayout.Pop) with { Indicator = name });
            var actb = _weights[j] * hdk;
            Indicators.Add(Plain(ctx, kl, "actb", actb) with { Indicator = name });
            Indicators.Add(Plain(ctx, kl, "pctb", m0 > 0 ? actb / m0 : double.NaN) with { Indicator = name });
        }
    }

    private Estimate Level(Row ctx, string k, string measure, double value, DomainSet set, int d, int y, int x)
    {
        var se = variance?.Se(set, d, layout.Width, y, x) ?? double.NaN;
        var (lo, hi) = intervals.Level(value, se);
        return new Estimate(ctx.Round, ctx.Over, ctx.Group, k, "", measure, value, se, lo, hi, ctx.N, ctx.WeightedN);
    }

    private static Estimate Plain(Row ctx, string k, string measure, double value) =>
        new(ctx.Round, ctx.Over, ctx.Group, k, "", measure, value, double.NaN, double.NaN, double.NaN, ctx.N, ctx.WeightedN);

    private sealed record Row(string Round, string Over, string Group, double N, double WeightedN);
}
