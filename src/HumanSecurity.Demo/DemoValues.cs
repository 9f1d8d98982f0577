namespace HumanSecurity.Demo;

/// <summary>Maps between published values and latent scores for each <see cref="DemoValueKind"/>.</summary>
internal static class DemoValues
{
    public static double Link(DemoIndicatorSpec spec, double value) => spec.Kind switch
    {
        DemoValueKind.Percent => Logit(value / 100),
        DemoValueKind.Score => Logit(value / spec.Max),
        _ => Math.Log(value),
    };

    /// <summary>The published value of a latent score (for counts: the rate per 100,000 people).</summary>
    public static double Inverse(DemoIndicatorSpec spec, double latent) => spec.Kind switch
    {
        DemoValueKind.Percent => 100 * DemoPopulation.Logistic(latent),
        DemoValueKind.Score => spec.Max * DemoPopulation.Logistic(latent),
        _ => Math.Exp(latent),
    };

    public static double Logit(double p) => Math.Log(p / (1 - p));
}
