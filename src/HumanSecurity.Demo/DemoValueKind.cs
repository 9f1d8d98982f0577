namespace HumanSecurity.Demo;

/// <summary>How an indicator's latent score maps to its published value.</summary>
internal enum DemoValueKind
{
    /// <summary>A percentage 0–100: logistic of the latent score.</summary>
    Percent,

    /// <summary>A positive rate: exponential of the latent score.</summary>
    Rate,

    /// <summary>A bounded score 0..<see cref="DemoIndicatorSpec.Max"/>: scaled logistic.</summary>
    Score,

    /// <summary>A count of events: Poisson draw around population × rate per 100,000.</summary>
    Count,
}

/// <summary>The level at which an indicator is natively produced; higher levels are aggregates.</summary>
internal enum DemoLevel
{
    Admin2,
    Admin1,
    Country,
}
