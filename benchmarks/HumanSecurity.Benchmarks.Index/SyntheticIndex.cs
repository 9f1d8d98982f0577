using HumanSecurity.Indices;

namespace HumanSecurity.Benchmarks.Index;

/// <summary>A synthetic 4-level model and data set: 60 indicators → 12 components → 4 dimensions → 1 index,
/// skewed (log-normal) values with 5% missing, for the full-pipeline benchmark.</summary>
public static class SyntheticIndex
{
    public const int Indicators = 60;

    public static IndexModel Model()
    {
        var indicators = Enumerable.Range(0, Indicators)
            .Select(i => new ModelIndicator($"I{i:00}", $"C{i / 5:00}") { Direction = i % 7 == 0 ? -1 : 1, Weight = 1 + i % 3 })
            .ToList();
        var nodes = Enumerable.Range(0, 12).Select(c => new ModelNode($"C{c:00}") { Parent = $"D{c / 3}" })
            .Concat(Enumerable.Range(0, 4).Select(d => new ModelNode($"D{d}") { Parent = "INDEX", Aggregate = new AggregateSpec(AggregationMethod.GeometricMean) }))
            .Append(new ModelNode("INDEX") { Aggregate = new AggregateSpec(AggregationMethod.SoftMax, 101) })
            .ToList();
        return new IndexModel("synthetic", indicators, nodes)
        {
            Defaults = new ModelDefaults
            {
                Impute = new ImputeSpec(ImputeMethod.Mean),
                Treat = TreatSpec.Default,
                Normalise = new NormaliseSpec(NormaliseMethod.MinMax, 1, 100),
                Aggregate = AggregateSpec.ArithmeticMean,
            },
        };
    }

    public static IndexData Data(int units, int seed = 42)
    {
        var random = new Xoshiro256(seed);
        var codes = new string[units];
        for (var u = 0; u < units; u++) codes[u] = $"A{u:000000}";
        var columns = new Dictionary<string, double[]>();
        for (var i = 0; i < Indicators; i++)
        {
            var col = new double[units];
            for (var u = 0; u < units; u++)
            {
                var z = Normal(random);
                col[u] = random.NextDouble() < 0.05 ? double.NaN : Math.Exp(0.3 * z * (1 + i % 4)) * (10 + i);
            }
            columns[$"I{i:00}"] = col;
        }
        return new IndexData(codes, columns);
    }

    private static double Normal(Xoshiro256 r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
