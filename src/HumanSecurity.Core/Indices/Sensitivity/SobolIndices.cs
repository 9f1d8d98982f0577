namespace HumanSecurity.Indices;

/// <summary>Sobol sensitivity estimates from the Saltelli design: base matrices A and B (N rows each) and, per input i, the
/// matrix A_B^i (A with column i from B); N(d + 2) model runs. First order by Saltelli et al. (2010),
/// S_i = mean(f(B)·(f(A_B^i) − f(A))) / V; total order by Jansen (1999), ST_i = mean((f(A) − f(A_B^i))²) / (2V);
/// V is the variance of f over A and B together. Bootstrap (resampling rows) gives 95% intervals.</summary>
public static class SobolIndices
{
    /// <summary>The Saltelli design: row r of the run list is A_r (r &lt; N), B_r (N ≤ r &lt; 2N), then A_B^i rows.</summary>
    public static double[][] Design(int n, int d, Xoshiro256 random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var a = new double[n][];
        var b = new double[n][];
        for (var j = 0; j < n; j++)
        {
            a[j] = new double[d];
            b[j] = new double[d];
            for (var i = 0; i < d; i++) a[j][i] = random.NextDouble();
            for (var i = 0; i < d; i++) b[j][i] = random.NextDouble();
        }
        var runs = new double[n * (d + 2)][];
        for (var j = 0; j < n; j++)
        {
            runs[j] = a[j];
            runs[n + j] = b[j];
            for (var i = 0; i < d; i++)
            {
                var ab = (double[])a[j].Clone();
                ab[i] = b[j][i];
                runs[(2 + i) * n + j] = ab;
            }
        }
        return runs;
    }

    /// <summary>Estimates Si and STi for every input from model outputs laid out as in <see cref="Design"/>.</summary>
    public static SobolIndex[] Estimate(double[] y, int n, int d, int bootstrap = 500, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(y);
        var rows = Enumerable.Range(0, n).ToArray();
        var point = Enumerable.Range(0, d).Select(i => Compute(y, n, i, rows)).ToArray();
        var random = new Xoshiro256(seed);
        var boot = new (double Si, double Sti)[d][];
        for (var i = 0; i < d; i++) boot[i] = new (double, double)[bootstrap];
        var sample = new int[n];
        for (var b = 0; b < bootstrap; b++)
        {
            for (var j = 0; j < n; j++) sample[j] = random.NextInt(n);
            for (var i = 0; i < d; i++) boot[i][b] = Compute(y, n, i, sample);
        }
        return [.. Enumerable.Range(0, d).Select(i =>
        {
            var si = boot[i].Select(t => t.Si).Where(double.IsFinite).Order().ToArray();
            var st = boot[i].Select(t => t.Sti).Where(double.IsFinite).Order().ToArray();
            return new SobolIndex(point[i].Si, Quantile(si, 0.025), Quantile(si, 0.975), point[i].Sti, Quantile(st, 0.025), Quantile(st, 0.975));
        })];
    }

    private static (double Si, double Sti) Compute(double[] y, int n, int input, int[] rows)
    {
        double mean = 0;
        foreach (var j in rows) mean += y[j] + y[n + j];
        mean /= 2.0 * rows.Length;
        double v = 0, first = 0, total = 0;
        var abOffset = (2 + input) * n;
        foreach (var j in rows)
        {
            double fa = y[j], fb = y[n + j], fab = y[abOffset + j];
            v += (fa - mean) * (fa - mean) + (fb - mean) * (fb - mean);
            first += fb * (fab - fa);
            total += (fa - fab) * (fa - fab);
        }
        v /= 2.0 * rows.Length - 1;
        if (v == 0) return (0, 0);
        return (first / rows.Length / v, total / (2.0 * rows.Length) / v);
    }

    /// <summary>Quantile of sorted values, linear interpolation (R type 7).</summary>
    public static double Quantile(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Length == 0) return double.NaN;
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
