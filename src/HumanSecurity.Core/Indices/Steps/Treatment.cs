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

    /// <summary>Winsorises: replaces the current extreme (high side when skew ≥ 0, else low side; tied extremes together) by
    /// the next value, until the column passes the skew/kurtosis check or the next step would change more than
    /// <paramref name="winMax"/> points in total (a running total, unlike COINr's counter of the last tie group).</summary>
    public static int Winsorise(Span<double> x, int winMax, bool force)
    {
        var count = 0;
        var (skew, kurt) = Moments.SkewKurtosis(x);
        while (count < winMax && (force || !Moments.Passes(skew, kurt)))
        {
            var high = !(skew < 0);
            var (extreme, next) = ExtremeAndNext(x, high);
            if (double.IsInfinity(next)) break;
            var ties = 0;
            foreach (var v in x) if (v == extreme) ties++;
            if (count + ties > winMax) break; // never more than winMax points in total (tied extremes move together)
            for (var i = 0; i < x.Length; i++)
                if (x[i] == extreme) x[i] = next;
            count += ties;
            (skew, kurt) = Moments.SkewKurtosis(x);
        }
        return count;
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
