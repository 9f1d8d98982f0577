namespace HumanSecurity.Poverty;

/// <summary>Taylor-linearised variance of a ratio mean θ = Y/X over strata and PSUs (with replacement, no fpc), for a
/// domain: z_c = (Y_c − θ·X_c)/X per PSU total; V = Σ_h n_h/(n_h−1) Σ_c (z_hc − z̄_h)², where n_h counts every PSU of
/// the stratum, including PSUs without members of the domain (their z is 0).</summary>
internal sealed class DesignVariance
{
    private readonly int[] _psusInStratum;
    private readonly int _psuCount;
    private readonly int _singletons;
    private readonly SingletonRule _rule;
    private readonly double[] _s1;
    private readonly double[] _s2;
    private readonly List<int> _touched = [];
    private readonly bool[] _isTouched;

    public DesignVariance(int psuCount, int strataCount, int[] psuStratum, SingletonRule rule)
    {
        _psuCount = psuCount;
        _psusInStratum = new int[strataCount];
        foreach (var h in psuStratum) _psusInStratum[h]++;
        _singletons = _psusInStratum.Count(n => n == 1);
        _rule = rule;
        _s1 = new double[strataCount];
        _s2 = new double[strataCount];
        _isTouched = new bool[strataCount];
        if (rule == SingletonRule.Fail && _singletons > 0)
            throw new InvalidInputException("inference", $"{_singletons} stratum/strata have a single PSU; choose singleton: centered or certainty in the spec");
    }

    public int Singletons => _singletons;

    /// <summary>Standard error of Y/X in a domain, from its PSU × domain entries.</summary>
    public double Se(DomainSet set, int domain, int width, int y, int x)
    {
        var totals = set.Totals;
        var xTotal = totals[domain * width + x];
        if (xTotal <= 0) return double.NaN;
        var theta = totals[domain * width + y] / xTotal;
        var entries = set.DomainEntries[domain];
        var ys = new ReadOnlySpan<double>(set.EntryTotals, y * set.EntryCount, set.EntryCount);
        var xs = new ReadOnlySpan<double>(set.EntryTotals, x * set.EntryCount, set.EntryCount);
        double all = 0;
        foreach (var e in entries)
        {
            var z = (ys[e] - theta * xs[e]) / xTotal;
            var h = set.EntryStratum[e];
            if (!_isTouched[h]) { _isTouched[h] = true; _touched.Add(h); }
            _s1[h] += z;
            _s2[h] += z * z;
            all += z;
        }
        var variance = Combine(all);
        return Math.Sqrt(Math.Max(0, variance));
    }

    private double Combine(double all)
    {
        double variance = 0;
        var zBar = all / _psuCount;
        var touchedSingletons = 0;
        foreach (var h in _touched)
        {
            var n = _psusInStratum[h];
            if (n >= 2) variance += n / (n - 1.0) * (_s2[h] - _s1[h] * _s1[h] / n);
            else
            {
                touchedSingletons++;
                if (_rule == SingletonRule.Centered) variance += (_s1[h] - zBar) * (_s1[h] - zBar);
            }
            _s1[h] = 0;
            _s2[h] = 0;
            _isTouched[h] = false;
        }
        _touched.Clear();
        if (_rule == SingletonRule.Centered) variance += (_singletons - touchedSingletons) * zBar * zBar;
        return variance;
    }
}
