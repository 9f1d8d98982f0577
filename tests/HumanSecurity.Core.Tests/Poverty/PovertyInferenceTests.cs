using HumanSecurity.Poverty;
using HumanSecurity.Tables;
using MathNet.Numerics.Distributions;

namespace HumanSecurity.Core.Tests.Poverty;

public sealed class PovertyInferenceTests
{
    [Fact]
    public void Se_SimpleRandomSample_EqualsTextbookFormula()
    {
        var table = RandomSurvey.Create(7, weighted: false);
        var spec = RandomSurvey.Spec(design: false, over: false);
        var sample = SurveySampleBuilder.Build(spec, table, "random.csv");
        var result = PovertyEstimator.Estimate(sample, spec);
        var n = sample.Count;
        var score = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, 6).Sum(j => sample.Deprived[j][i] * sample.Indicators[j].Weight.ToDouble())).ToArray();
        var poor = score.Select(c => c >= 1.0 / 3 - 1e-12 ? 1.0 : 0.0).ToArray();
        var censored = score.Select((c, i) => c * poor[i]).ToArray();
        Assert.Equal(SrsSe(poor), Row(result.Levels, "1/3", "H").Se, 14);
        Assert.Equal(SrsSe(censored), Row(result.Levels, "1/3", "M0").Se, 14);
        var d3 = sample.Deprived[2].Select(v => (double)v).ToArray();
        Assert.Equal(SrsSe(d3), result.Indicators.Single(i => i.Over == "all" && i.K == "1/3" && i.Indicator == "d3" && i.Measure == "hd").Se, 14);
        var h = Row(result.Levels, "1/3", "H");
        var t = StudentT.InvCDF(0, 1, n - 1, 0.975);
        var logit = Math.Log(h.Value / (1 - h.Value));
        Assert.Equal(1 / (1 + Math.Exp(-(logit - t * h.Se / (h.Value * (1 - h.Value))))), h.CiLow, 14);
        Assert.Equal(n - 1, result.Design.DegreesOfFreedom);
    }

    [Fact]
    public void Se_StratifiedClustered_EqualsIndependentLinearisation()
    {
        var table = RandomSurvey.Create(99);
        var spec = RandomSurvey.Spec(over: true);
        var sample = SurveySampleBuilder.Build(spec, table, "random.csv");
        var result = PovertyEstimator.Estimate(sample, spec);
        var (w, y, stratum, psu, region) = Columns(table, spec);
        Assert.Equal(NaiveSe(w, y, stratum, psu, _ => true), Row(result.Levels, "1/3", "H").Se, 13);
        Assert.Equal(NaiveSe(w, y, stratum, psu, i => region[i] == 1), Row(result.Levels, "1/3", "H", "region", "1").Se, 13);
        Assert.Equal(20 - 5, result.Design.DegreesOfFreedom);
    }

    [Fact]
    public void Se_Domain_EqualsWholeSampleSeWithZeroWeightsOutsideDomain()
    {
        var table = RandomSurvey.Create(3);
        var spec = RandomSurvey.Spec();
        var domain = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, table, "random.csv"), spec);
        var region = ((NumericColumn)table["region"]).Values;
        var w = ((NumericColumn)table["w"]).Values.Select((v, i) => region[i] == 2 ? v : 0).ToArray();
        var zeroed = new ColumnTable("z", table.Columns.Select(c => c.Name == "w" ? new NumericColumn("w", w) : c).ToList());
        var whole = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec with { Over = [] }, zeroed, "z.csv"), spec with { Over = [] });
        foreach (var m in new[] { "H", "A", "M0" })
        {
            var d = Row(domain.Levels, "1/3", m, "region", "2");
            var a = Row(whole.Levels, "1/3", m);
            Assert.Equal(a.Value, d.Value, 13);
            Assert.Equal(a.Se, d.Se, 13);
        }
    }

    [Fact]
    public void Se_Domain_UnchangedWhenStrataWithoutTheDomainAreAdded()
    {
        var spec = RandomSurvey.Spec();
        var table = RandomSurvey.Create(21);
        var before = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, table, "a.csv"), spec);
        var extra = RandomSurvey.Create(22, strata: 3);
        var region = ((NumericColumn)extra["region"]).Values;
        var stratum = ((NumericColumn)extra["stratum"]).Values;
        var shifted = new ColumnTable("b", extra.Columns.Select(c => c.Name switch
        {
            "region" => new NumericColumn("region", region.Select(_ => 7.0).ToArray()),
            "stratum" => new NumericColumn("stratum", stratum.Select(s => s + 100).ToArray()),
            _ => c,
        }).ToList());
        var after = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, Concat(table, shifted), "ab.csv"), spec);
        foreach (var m in new[] { "H", "A", "M0" })
        {
            var b = Row(before.Levels, "1/3", m, "region", "0");
            var a = Row(after.Levels, "1/3", m, "region", "0");
            Assert.Equal(b.Value, a.Value, 13);
            Assert.Equal(b.Se, a.Se, 13);
            Assert.NotEqual(Row(before.Levels, "1/3", m).Se, Row(after.Levels, "1/3", m).Se);
        }
        Assert.Equal(before.Design.Psus + 12, after.Design.Psus);
    }

    [Fact]
    public void Changes_TwoRounds_AbsoluteAndRelativeUseIndependentRounds()
    {
        var spec = RandomSurvey.Spec(time: true);
        var result = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, RandomSurvey.Create(8, rounds: 2), "t.csv"), spec);
        var m0 = result.Levels.Where(l => l.Over == "all" && l.K == "1/3" && l.Measure == "M0").OrderBy(l => l.Round).ToList();
        Assert.Equal(2, m0.Count);
        var abs = result.Changes.Single(c => c.Over == "all" && c.K == "1/3" && c.Measure == "M0" && c.Type == "abs" && !c.Annualised);
        Assert.Equal(m0[1].Value - m0[0].Value, abs.Value, 14);
        Assert.Equal(Math.Sqrt(m0[0].Se * m0[0].Se + m0[1].Se * m0[1].Se), abs.Se, 14);
        var annRel = result.Changes.Single(c => c.Over == "all" && c.K == "1/3" && c.Measure == "M0" && c.Type == "rel" && c.Annualised);
        Assert.Equal(100 * (Math.Pow(m0[1].Value / m0[0].Value, 1 / 4.0) - 1), annRel.Value, 12);
        var h = 1e-7;
        double F(double a, double b) => 100 * (Math.Pow(b / a, 0.25) - 1);
        var d0 = (F(m0[0].Value + h, m0[1].Value) - F(m0[0].Value - h, m0[1].Value)) / (2 * h);
        var d1 = (F(m0[0].Value, m0[1].Value + h) - F(m0[0].Value, m0[1].Value - h)) / (2 * h);
        Assert.Equal(Math.Sqrt(d0 * d0 * m0[0].Se * m0[0].Se + d1 * d1 * m0[1].Se * m0[1].Se), annRel.Se, 5);
    }

    [Theory]
    [InlineData(false, "1-3")]
    [InlineData(true, "1-2,2-3")]
    public void Changes_ThreeRounds_TotalOrConsecutivePairs(bool consecutive, string expected)
    {
        var spec = RandomSurvey.Spec(time: true) with { Inference = new InferenceOptions(Consecutive: consecutive) };
        var result = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, RandomSurvey.Create(8, rounds: 3), "t.csv"), spec);
        var pairs = result.Changes.Where(c => c.Over == "all" && c.K == "1/3" && c.Measure == "H" && c.Type == "abs" && !c.Annualised)
            .Select(c => $"{c.T0}-{c.T1}");
        Assert.Equal(expected, string.Join(",", pairs));
    }

    private static Estimate Row(IEnumerable<Estimate> rows, string k, string measure, string over = "all", string group = "all") =>
        rows.Single(r => r.K == k && r.Measure == measure && r.Over == over && r.Group == group);

    private static double SrsSe(double[] y)
    {
        var mean = y.Average();
        var s2 = y.Sum(v => (v - mean) * (v - mean)) / (y.Length - 1);
        return Math.Sqrt(s2 / y.Length);
    }

    private static (double[] W, double[] Y, double[] Stratum, double[] Psu, double[] Region) Columns(ColumnTable t, PovertySpec spec)
    {
        double[] V(string c) => ((NumericColumn)t[c]).Values;
        var n = t.RowCount;
        var score = new double[n];
        foreach (var ind in spec.Indicators) for (var i = 0; i < n; i++) score[i] += V(ind.Column)[i] * ind.Weight.ToDouble();
        var w = V("w").Select((x, i) => x * V("size")[i]).ToArray();
        return (w, score.Select(c => c >= 1.0 / 3 - 1e-12 ? 1.0 : 0.0).ToArray(), V("stratum"), V("psu"), V("region"));
    }

    private static double NaiveSe(double[] w, double[] y, double[] stratum, double[] psu, Func<int, bool> inDomain)
    {
        var idx = Enumerable.Range(0, w.Length).ToList();
        var x = idx.Sum(i => inDomain(i) ? w[i] : 0);
        var theta = idx.Sum(i => inDomain(i) ? w[i] * y[i] : 0) / x;
        double v = 0;
        foreach (var h in idx.GroupBy(i => stratum[i]))
        {
            var totals = h.GroupBy(i => psu[i]).Select(g => g.Sum(i => inDomain(i) ? w[i] * (y[i] - theta) / x : 0)).ToList();
            var mean = totals.Average();
            v += totals.Count / (totals.Count - 1.0) * totals.Sum(z => (z - mean) * (z - mean));
        }
        return Math.Sqrt(v);
    }

    private static ColumnTable Concat(ColumnTable a, ColumnTable b) =>
        new("ab", a.Columns.Select(c => (Column)new NumericColumn(c.Name, [.. ((NumericColumn)c).Values, .. ((NumericColumn)b[c.Name]).Values])).ToList());
}

public sealed class PovertySingletonTests
{
    private static ColumnTable WithSingleton()
    {
        var t = RandomSurvey.Create(41, strata: 4, psusPerStratum: 3);
        // Move every row of stratum 4 into PSU 1: stratum 4 becomes a singleton stratum.
        var stratum = ((NumericColumn)t["stratum"]).Values;
        var psu = ((NumericColumn)t["psu"]).Values.Select((p, i) => stratum[i] == 4 ? 1.0 : p).ToArray();
        return new ColumnTable("s", t.Columns.Select(c => c.Name == "psu" ? new NumericColumn("psu", psu) : c).ToList());
    }

    [Fact]
    public void Se_SingletonStratum_CenteredAddsDeviationFromGrandMean_CertaintyAddsNothing()
    {
        var table = WithSingleton();
        var spec = RandomSurvey.Spec(over: false);
        double Se(SingletonRule rule) => PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, table, "s.csv"),
            spec with { Inference = new InferenceOptions(Singleton: rule) }).Levels.Single(l => l.K == "1/3" && l.Measure == "H").Se;
        var (w, y, stratum, psu) = Columns(table, spec);
        var x = w.Sum();
        var theta = w.Select((v, i) => v * y[i]).Sum() / x;
        var z = Enumerable.Range(0, w.Length).GroupBy(i => (stratum[i], psu[i]))
            .Select(g => (Stratum: g.Key.Item1, Z: g.Sum(i => w[i] * (y[i] - theta) / x))).ToList();
        var grand = z.Average(p => p.Z);
        double certainty = 0, centered = 0;
        foreach (var h in z.GroupBy(p => p.Stratum))
        {
            var list = h.Select(p => p.Z).ToList();
            if (list.Count == 1) { centered += (list[0] - grand) * (list[0] - grand); continue; }
            var mean = list.Average();
            var v = list.Count / (list.Count - 1.0) * list.Sum(q => (q - mean) * (q - mean));
            certainty += v;
            centered += v;
        }
        Assert.Equal(Math.Sqrt(certainty), Se(SingletonRule.Certainty), 13);
        Assert.Equal(Math.Sqrt(centered), Se(SingletonRule.Centered), 13);
        var e = Assert.Throws<InvalidInputException>(() => Se(SingletonRule.Fail));
        Assert.Contains("single PSU", e.Message, StringComparison.Ordinal);
    }

    private static (double[] W, double[] Y, double[] Stratum, double[] Psu) Columns(ColumnTable t, PovertySpec spec)
    {
        double[] V(string c) => ((NumericColumn)t[c]).Values;
        var score = new double[t.RowCount];
        foreach (var ind in spec.Indicators) for (var i = 0; i < score.Length; i++) score[i] += V(ind.Column)[i] * ind.Weight.ToDouble();
        return (V("w").Select((x, i) => x * V("size")[i]).ToArray(), score.Select(c => c >= 1.0 / 3 - 1e-12 ? 1.0 : 0.0).ToArray(), V("stratum"), V("psu"));
    }
}

public sealed class PovertyIntervalTests
{
    [Fact]
    public void Wald_WithNormalDf_IsThetaPlusMinusZTimesSe()
    {
        var spec = RandomSurvey.Spec() with { Inference = new InferenceOptions(IntervalKind.Wald, DesignDf: false, Level: 0.9) };
        var result = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, RandomSurvey.Create(2), "r.csv"), spec);
        var m0 = result.Levels.Single(l => l.Over == "all" && l.K == "1/3" && l.Measure == "M0");
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.95);
        Assert.Equal(m0.Value - z * m0.Se, m0.CiLow, 14);
        Assert.Equal(m0.Value + z * m0.Se, m0.CiHigh, 14);
    }
}

public sealed class PovertyPersonExpansionTests
{
    [Fact]
    public void Estimate_HouseholdRowsTimesSize_EqualPersonRecords()
    {
        var households = RandomSurvey.Create(77);
        var size = ((NumericColumn)households["size"]).Values;
        var rows = Enumerable.Range(0, households.RowCount).SelectMany(i => Enumerable.Repeat(i, (int)size[i])).ToArray();
        var persons = new ColumnTable("persons", households.Columns.Select(c => (Column)new NumericColumn(c.Name,
            c.Name == "size" ? rows.Select(_ => 1.0).ToArray() : rows.Select(i => ((NumericColumn)c).Values[i]).ToArray())).ToList());
        var spec = RandomSurvey.Spec();
        var a = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, households, "h.csv"), spec);
        var b = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, persons, "p.csv"), spec);
        foreach (var (x, y) in a.Levels.Zip(b.Levels))
        {
            Assert.Equal((x.Over, x.Group, x.K, x.Measure), (y.Over, y.Group, y.K, y.Measure));
            Assert.Equal(x.Value, y.Value, 12);
            Assert.Equal(x.Se, y.Se, 12);
        }
        Assert.Equal(a.Design.DegreesOfFreedom, b.Design.DegreesOfFreedom);
    }
}
