namespace HumanSecurity.Indices.Steps;

/// <summary>Skewness and kurtosis as COINr defines them (<c>skew</c>, <c>kurt</c>: e1071 type 2, as in Excel), over non-missing values.</summary>
public static class Moments
{
    /// <summary>Sample skewness G1 = √n·Σd³/(Σd²)^1.5 · √(n(n−1))/(n−2); NaN with fewer than 3 values.</summary>
    public static double Skew(ReadOnlySpan<double> x)
    {
        var (n, mean) = CountMean(x);
        if (n < 3) return double.NaN;
        double s2 = 0, s3 = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            var d = v - mean;
            s2 += d * d;
            s3 += d * d * d;
        }
        if (s2 == 0) return 0;
        var g = Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5);
        return g * Math.Sqrt(n * (n - 1.0)) / (n - 2.0);
    }

    /// <summary>Sample excess kurtosis G2 = ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)), r = nΣd⁴/(Σd²)²; NaN with fewer than 4 values.</summary>
    public static double Kurtosis(ReadOnlySpan<double> x)
    {
        var (n, mean) = CountMean(x);
        if (n < 4) return double.NaN;
        double s2 = 0, s4 = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            var d2 = (v - mean) * (v - mean);
            s2 += d2;
            s4 += d2 * d2;
        }
        if (s2 == 0) return 0;
        var r = n * s4 / (s2 * s2);
        return ((n + 1.0) * (r - 3.0) + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
    }

    /// <summary>COINr <c>check_SkewKurt</c>: passes when |skew| &lt; skewMax or kurtosis &lt; kurtMax (and when undefined).</summary>
    public static bool Passes(ReadOnlySpan<double> x, double skewMax = 2, double kurtMax = 3.5)
    {
        var (s, k) = SkewKurtosis(x);
        if (double.IsNaN(s) || double.IsNaN(k)) return true;
        return Math.Abs(s) < skewMax || k < kurtMax;
    }

    /// <summary>The check of <see cref="Passes(ReadOnlySpan{double}, double, double)"/> on computed skew and kurtosis.</summary>
    public static bool Passes(double skew, double kurtosis, double skewMax = 2, double kurtMax = 3.5) =>
        double.IsNaN(skew) || double.IsNaN(kurtosis) || Math.Abs(skew) < skewMax || kurtosis < kurtMax;

    /// <summary><see cref="Skew"/> and <see cref="Kurtosis"/> in two passes over the data instead of four.</summary>
    public static (double Skew, double Kurtosis) SkewKurtosis(ReadOnlySpan<double> x)
    {
        var (n, mean) = CountMean(x);
        if (n < 4) return (Skew(x), double.NaN);
        double s2 = 0, s3 = 0, s4 = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            var d = v - mean;
            var d2 = d * d;
            s2 += d2;
            s3 += d2 * d;
            s4 += d2 * d2;
        }
        if (s2 == 0) return (0, 0);
        var skew = Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5) * Math.Sqrt(n * (n - 1.0)) / (n - 2.0);
        var r = n * s4 / (s2 * s2);
        return (skew, ((n + 1.0) * (r - 3.0) + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0)));
    }

    internal static (int N, double Mean) CountMean(ReadOnlySpan<double> x)
    {
        var n = 0;
        double sum = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            n++;
            sum += v;
        }
        return (n, n == 0 ? double.NaN : sum / n);
    }

    internal static (double Min, double Max) MinMax(ReadOnlySpan<double> x)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        return min > max ? (double.NaN, double.NaN) : (min, max);
    }

    internal static double SampleSd(ReadOnlySpan<double> x)
    {
        var (n, mean) = CountMean(x);
        if (n < 2) return double.NaN;
        double ss = 0;
        foreach (var v in x)
            if (!double.IsNaN(v)) ss += (v - mean) * (v - mean);
        return Math.Sqrt(ss / (n - 1));
    }
}
