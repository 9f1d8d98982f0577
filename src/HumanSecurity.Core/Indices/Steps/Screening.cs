namespace HumanSecurity.Indices.Steps;

/// <summary>Drops units whose data availability is below a threshold (COINr <c>Screen(unit_screen = "byNA", dat_thresh)</c>).
/// As in COINr, availability is measured on the data set being screened — here the indicator values entering the screen
/// step, after denominating and imputing — so a unit whose gaps were imputed is kept (COINr's
/// <c>build_example_coin()</c> screens its imputed data set and keeps all 51 ASEM units).</summary>
public static class Screening
{
    /// <summary>Keeps the units with availability 1 − (missing values)/(indicators) ≥ <paramref name="minShare"/> (COINr's
    /// <c>Dat_Avail &lt; dat_thresh</c> excludes) and returns the kept rows of every matrix, the kept units and the dropped ones.</summary>
    public static (double[][] X, bool[][] Imputed, bool[][] Missing, string[] Units, List<string> Dropped) Apply(
        double[][] x, bool[][] imputed, bool[][] missing, string[] units, double minShare)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(units);
        var keep = new List<int>();
        var dropped = new List<string>();
        for (var u = 0; u < units.Length; u++)
        {
            var absent = 0;
            for (var i = 0; i < x.Length; i++) if (double.IsNaN(x[i][u])) absent++;
            var available = x.Length == 0 ? 1 : 1 - (double)absent / x.Length;
            if (available < minShare) dropped.Add(units[u]);
            else keep.Add(u);
        }
        T[][] Pick<T>(T[][] m) => [.. m.Select(c => keep.Select(u => c[u]).ToArray())];
        return (Pick(x), Pick(imputed), Pick(missing), [.. keep.Select(u => units[u])], dropped);
    }
}
