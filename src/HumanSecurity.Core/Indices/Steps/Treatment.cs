namespace HumanSecurity.Indices.Steps;

/// <summary>Outlier treatment of one indicator column in place (NaN = missing, left alone).</summary>
public static class Treatment
{
    /// <summary>Treats <paramref name="x"/> in place and returns a short description of what was done
    /// (<c>none</c>, <c>winsorised 2</c>, <c>log_ct</c>, ...). Throws <see cref="InvalidInputException"/> for log of non-positive values.</summary>
    public static string Apply(Span<double> x, TreatSpec spec, string indicator)
    {
        switch (spec.Method)
        {
            case TreatMethod.None: return "none";
            case TreatMethod.ForceWinsorise: return $"winsorised {Winsorise(x, spec.WinMax, force: true)}";
            case TreatMethod.Log: Log(x, indicator); return "log";
            case TreatMethod.LogCt: LogCt(x); return "log_ct";
            case TreatMethod.BoxCox: BoxCox(x, spec.Lambda); return spec.ToString();
            default: return DefaultTreatment(x, spec.WinMax);
        }
    }

    /// <summary>COINr's default: pass → unchanged; else winsorise up to winMax points; still failing → log_ct of the original values.</summary>
    public static string DefaultTreatment(Span<double> x, int winMax)
    {
        if (Moments.Passes(x)) return "none";
        var original = x.ToArray();
        var n = Winsorise(x, winMax, force: false);
        if (Moments.Passes(x)) return $"winsorised {n}";
        original.CopyTo(x);
        LogCt(x);
        return "log_ct";
    }

    /// <summary>Winsorises as COINr's <c>winsorise()</c>: while the column fails the skew/kurtosis check (or always, when
    /// <paramref name="force"/>) and fewer than <paramref name="winMax"/> points are counted, every point at the current
    /// extreme (the maximum when skew ≥ 0, else the minimum; ties move together) takes the next distinct value. Points
    /// winsorised earlier sit at the extreme, so they are in the group again: the count is the size of the last high-side
    /// group plus that of the last low-side group, i.e. every point changed so far. The limit is checked before a step, so
    /// the last step can take the count past <paramref name="winMax"/> (5, 3 tied → 7). Returns the count.</summary>
    public static int Winsorise(Span<double> x, int winMax, bool force)
    {
        int high = 0, low = 0;
        var (skew, kurt) = Moments.SkewKurtosis(x);
        while (high + low < winMax && (force || !Moments.Passes(skew, kurt)))
        {
            var atMax = !(skew < 0);
            var (extreme, next) = ExtremeAndNext(x, atMax);
            if (double.IsInfinity(next)) break; // every value is at the extreme: nothing to move to
            var group = 0;
            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] != extreme) continue;
                x[i] = next;
                group++;
            }
            if (atMax) high = group;
            else low = group;
            (skew, kurt) = Moments.SkewKurtosis(x);
        }
        return high + low;
    }

    /// <summary>The largest (or smallest) value and the next distinct one, in one pass.</summary>
    private static (double Extreme, double Next) ExtremeAndNext(ReadOnlySpan<double> x, bool high)
    {
        var sign = high ? 1.0 : -1.0;
        double first = double.NegativeInfinity, second = double.NegativeInfinity;
        foreach (var raw in x)
        {
            if (double.IsNaN(raw)) continue;
            var v = sign * raw;
            if (v > first) (second, first) = (first, v);
            else if (v < first && v > second) second = v;
        }
        return (sign * first, double.IsNegativeInfinity(second) ? double.NegativeInfinity : sign * second);
    }

    /// <summary>ln(x − min + 0.01·(max − min)) (COINr <c>log_CT</c>).</summary>
    public static void LogCt(Span<double> x)
    {
        var (min, max) = Moments.MinMax(x);
        var a = 0.01 * (max - min);
        for (var i = 0; i < x.Length; i++) x[i] = Math.Log(x[i] - min + a);
    }

    public static void Log(Span<double> x, string indicator)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] <= 0) throw new InvalidInputException($"indicator {indicator}", $"log treatment needs positive values; found {x[i]} (use log_ct instead)");
            x[i] = Math.Log(x[i]);
        }
    }

    /// <summary>Box-Cox after shifting to a minimum of 1: (x^λ − 1)/λ, or ln x for λ = 0.</summary>
    public static void BoxCox(Span<double> x, double lambda)
    {
        var (min, _) = Moments.MinMax(x);
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i] - min + 1;
            x[i] = lambda == 0 ? Math.Log(v) : (Math.Pow(v, lambda) - 1) / lambda;
        }
    }
}
