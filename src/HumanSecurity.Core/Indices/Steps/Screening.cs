namespace HumanSecurity.Indices.Steps;

/// <summary>Drops units whose share of non-missing raw indicator values is below a threshold (COINr <c>Screen</c>, <c>dat_thresh</c>).
/// Availability is measured on the data as read, before imputation, so imputed values do not rescue a unit.</summary>
public static class Screening
{
    public static (double[][] X, bool[][] Imputed, bool[][] Missing, string[] Units, List<string> Dropped) Apply(
        double[][] x, bool[][] imputed, bool[][] missing, string[] units, double minShare)
    {
        var keep = new List<int>();
        var dropped = new List<string>();
        for (var u = 0; u < units.Length; u++)
        {
            var present = 0;
            for (var i = 0; i < missing.Length; i++) if (!missing[i][u]) present++;
            if (present >= minShare * missing.Length - 1e-9) keep.Add(u);
            else dropped.Add(units[u]);
        }
        T[][] Pick<T>(T[][] m) => [.. m.Select(c => keep.Select(u => c[u]).ToArray())];
        return (Pick(x), Pick(imputed), Pick(missing), [.. keep.Select(u => units[u])], dropped);
    }
}
