using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;
using HumanSecurity.Testing;

namespace HumanSecurity.Cli.Tests.Indices;

/// <summary>COINr 1.1.14's default treatment and its example pipeline on the ASEM data (fixture <c>coinr/</c>). There is no
/// COINr output file for these steps, so the expected values come from COINr's source, transliterated below without the
/// engine: <c>Treat()</c> with the default specs (<c>winsorise(winmax = 5, skew_thresh = 2, kurt_thresh = 3.5)</c>, then
/// <c>log_CT</c> of the original column if still failing), and <c>build_example_coin()</c> (Denominate, Impute with
/// <c>i_mean_grp</c> on <c>EurAsia_group</c>, Screen of the imputed data set at 0.9, Treat, Normalise, Aggregate).</summary>
public sealed class CoinrPipelineConformanceTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-9;

    private static (IndexModel Model, IndexData Data) Asem()
    {
        var (model, csv) = CoinrImporter.Import(Fixtures.Get("coinr", "asem_iData_raw.csv"), Fixtures.Get("coinr", "asem_iMeta.csv"));
        return (model, IndexDataReader.Read(csv, "asem.csv", model.UnitColumn));
    }

    private static double[][] Step(IndexRun run, string name) => run.Steps.Single(s => s.Step == name).Values;

    [Fact]
    public void DefaultTreatment_AsemRaw_MatchesCoinrTreat()
    {
        var (model, data) = Asem();
        var run = IndexPipeline.Run(model, data, new PipelineOptions { Treat = TreatSpec.Default, KeepSteps = true });
        var raw = Step(run, "raw");
        var treated = Step(run, "treated");
        for (var i = 0; i < run.Tree.IndicatorCount; i++)
        {
            var code = run.Tree.Codes[i];
            var (want, note) = CoinrTreat(raw[i]);
            Assert.True(note == run.Treatments[i], $"{code}: COINr {note}, hso {run.Treatments[i]}");
            for (var u = 0; u < want.Length; u++)
                Assert.True(Same(want[u], treated[i][u]), $"{code}/{run.Units[u]}: COINr {want[u]}, hso {treated[i][u]}");
        }
        foreach (var code in new[] { "Tariff", "CultServ", "Poverty" })
            Assert.Equal("winsorised 3", run.Treatments[run.Tree.Index[code]]);
        output.WriteLine(string.Join(", ", run.Treatments.Select((t, i) => (t, i)).Where(p => p.t != "none").Select(p => $"{run.Tree.Codes[p.i]}: {p.t}")));
    }

    [Fact]
    public void ExamplePipeline_BuildExampleCoin_KeepsAll51Units()
    {
        var (model, data) = Asem();
        var options = new PipelineOptions
        {
            Denominate = true,
            Impute = ImputeSpec.Parse("group-mean:EurAsia_group"),
            Screen = 0.9,
            Treat = TreatSpec.Default,
            KeepSteps = true,
        };
        var run = IndexPipeline.Run(model, data, options);
        Assert.Equal(51, run.Units.Length);
        Assert.Empty(run.Screened);
        var imputed = Step(run, "imputed");
        Assert.All(imputed, column => Assert.DoesNotContain(column, double.IsNaN));
        var treated = Step(run, "treated");
        for (var i = 0; i < run.Tree.IndicatorCount; i++)
        {
            var (want, note) = CoinrTreat(imputed[i]);
            Assert.Equal(note, run.Treatments[i]);
            for (var u = 0; u < want.Length; u++) Assert.True(Same(want[u], treated[i][u]), $"{run.Tree.Codes[i]}/{run.Units[u]}");
        }
        // Without imputation the same threshold drops the units with more than 4 of 49 indicators missing (46 remain).
        var raw = IndexPipeline.Run(model, data, options with { Impute = ImputeSpec.None });
        Assert.Equal(46, raw.Units.Length);
    }

    private static bool Same(double a, double b) => double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) <= Tolerance * Math.Max(1, Math.Abs(a));

    /// <summary>COINr's Treat.numeric with the default specs, written from treat.R without sharing code with the engine.</summary>
    private static (double[] X, string Note) CoinrTreat(double[] original)
    {
        if (Pass(original)) return ((double[])original.Clone(), "none");
        var x = (double[])original.Clone();
        int[] imax = [], imin = [];
        var nwin = 0;
        while (!Pass(x) && nwin < 5)
        {
            if (Skew(x) >= 0)
            {
                var max = x.Where(v => !double.IsNaN(v)).Max();
                imax = [.. Enumerable.Range(0, x.Length).Where(i => x[i] == max)];
                var next = x.Where((v, i) => !imax.Contains(i) && !double.IsNaN(v)).Max();
                foreach (var i in imax) x[i] = next;
            }
            else
            {
                var min = x.Where(v => !double.IsNaN(v)).Min();
                imin = [.. Enumerable.Range(0, x.Length).Where(i => x[i] == min)];
                var next = x.Where((v, i) => !imin.Contains(i) && !double.IsNaN(v)).Min();
                foreach (var i in imin) x[i] = next;
            }
            nwin = imax.Length + imin.Length;
        }
        if (Pass(x)) return (x, $"winsorised {nwin}");
        var present = original.Where(v => !double.IsNaN(v)).ToArray();
        double lo = present.Min(), hi = present.Max();
        return ([.. original.Select(v => Math.Log(v - lo + 0.01 * (hi - lo)))], "log_ct");
    }

    private static bool Pass(double[] x) => Math.Abs(Skew(x)) < 2 || Kurt(x) < 3.5;

    private static double Skew(double[] all)
    {
        var x = all.Where(v => !double.IsNaN(v)).ToArray();
        double n = x.Length, m = x.Average();
        var y = Math.Sqrt(n) * x.Sum(v => Math.Pow(v - m, 3)) / Math.Pow(x.Sum(v => Math.Pow(v - m, 2)), 1.5);
        return y * Math.Sqrt(n * (n - 1)) / (n - 2);
    }

    private static double Kurt(double[] all)
    {
        var x = all.Where(v => !double.IsNaN(v)).ToArray();
        double n = x.Length, m = x.Average();
        var r = n * x.Sum(v => Math.Pow(v - m, 4)) / Math.Pow(x.Sum(v => Math.Pow(v - m, 2)), 2);
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3));
    }
}
