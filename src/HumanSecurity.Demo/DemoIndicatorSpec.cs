using HumanSecurity.Indicators;

namespace HumanSecurity.Demo;

/// <summary>Latent-factor loadings: poverty, conflict, climate hazard, poor health access, digital exclusion.</summary>
internal readonly record struct DemoLoadings(double Pov, double Conf, double Clim, double Hlt, double Dig);

/// <summary>A demo indicator: its catalogue entry plus how its synthetic values are generated. The latent score is
/// <c>link(Base) + Spread × (loadings · factors + 0.35 × own field) + Trend × (year − 2015) + shocks + noise</c>,
/// mapped back through the kind's link (logit for percentages, log for rates and counts).</summary>
internal sealed record DemoIndicatorSpec(
    string Code, string Name, string Unit, Direction Direction, ThreatCluster Cluster, InsecurityTypes Types,
    Impacts Impacts, Timeframe Timeframe, string Sdg, string Description)
{
    public DemoValueKind Kind { get; init; } = DemoValueKind.Percent;

    public DemoLevel Level { get; init; } = DemoLevel.Admin2;

    /// <summary>Typical value (at latent score 0, in 2015).</summary>
    public double Base { get; init; }

    /// <summary>Upper bound for <see cref="DemoValueKind.Score"/>.</summary>
    public double Max { get; init; } = 10;

    public double Spread { get; init; } = 0.5;

    /// <summary>Change of the latent score per year.</summary>
    public double Trend { get; init; }

    public DemoLoadings Loadings { get; init; }

    public double Drought { get; init; }

    public double Conflict { get; init; }

    public double Epidemic { get; init; }

    /// <summary>Latent effect in areas hosting refugees from the conflict (negative elsewhere, half the size).</summary>
    public double Hosting { get; init; }

    /// <summary>Latent gap between women and men (positive: the value is higher for women); 0 = no sex breakdown.</summary>
    public double SexGap { get; init; }

    /// <summary>Whether values are also published for refugees, IDPs and host communities where they live.</summary>
    public bool ByGroup { get; init; }

    /// <summary>Years with data; null = every year.</summary>
    public IReadOnlyList<int>? Years { get; init; }

    public int Decimals { get; init; } = 1;

    public string Frequency { get; init; } = "annual";

    public Indicator ToIndicator() => new(Code, Name, Unit, Direction)
    {
        Cluster = Cluster,
        Types = Types,
        Impacts = Impacts,
        Timeframe = Timeframe,
        SdgTarget = Sdg.Length == 0 ? null : Sdg,
        Source = DemoDataGenerator.Notice,
        UpdateFrequency = Frequency,
        Licence = "CC0-1.0",
        Description = Description,
    };
}
