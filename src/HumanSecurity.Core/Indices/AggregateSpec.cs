using System.Globalization;

namespace HumanSecurity.Indices;

/// <summary>An aggregation method with its parameter, written as text like <c>amean</c>, <c>genmean:2</c>, <c>softmax:11</c>.</summary>
public readonly record struct AggregateSpec(AggregationMethod Method, double Parameter = 0, double Parameter2 = 0)
{
    public static AggregateSpec ArithmeticMean { get; } = new(AggregationMethod.ArithmeticMean);

    /// <summary>Parses the text form; throws <see cref="FormatException"/> naming the accepted forms.</summary>
    public static AggregateSpec Parse(string text)
    {
        if (TryParse(text, out var spec)) return spec;
        throw new FormatException($"unknown aggregation '{text}'; expected amean, gmean, gmean0, hmean, genmean:P, min, max, softmax:C, copeland or flags:HIGH:MEDIUM");
    }

    public static bool TryParse(string? text, out AggregateSpec spec)
    {
        spec = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split(':');
        var name = parts[0].ToLowerInvariant();
        double p = 0;
        if (name == "flags") return TryParseFlags(parts, out spec);
        if (parts.Length > 2) return false;
        if (parts.Length == 2 && !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out p)) return false;
        AggregationMethod? m = name switch
        {
            "amean" => AggregationMethod.ArithmeticMean,
            "gmean" => AggregationMethod.GeometricMean,
            "gmean0" => AggregationMethod.GeometricMeanZero,
            "hmean" => AggregationMethod.HarmonicMean,
            "genmean" => AggregationMethod.GeneralisedMean,
            "min" => AggregationMethod.Min,
            "max" => AggregationMethod.Max,
            "softmax" => AggregationMethod.SoftMax,
            "copeland" => AggregationMethod.Copeland,
            _ => null,
        };
        if (m is null) return false;
        var needsParameter = m is AggregationMethod.GeneralisedMean;
        if (needsParameter != (parts.Length == 2) && m != AggregationMethod.SoftMax) return false;
        if (m == AggregationMethod.SoftMax && parts.Length == 1) p = 11;
        spec = new AggregateSpec(m.Value, p);
        return true;
    }

    private static bool TryParseFlags(string[] parts, out AggregateSpec spec)
    {
        spec = default;
        if (parts.Length != 3
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var high)
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var medium)
            || medium > high) return false;
        spec = new AggregateSpec(AggregationMethod.FlagCount, high, medium);
        return true;
    }

    public override string ToString() => Method switch
    {
        AggregationMethod.ArithmeticMean => "amean",
        AggregationMethod.GeometricMean => "gmean",
        AggregationMethod.GeometricMeanZero => "gmean0",
        AggregationMethod.FlagCount => string.Create(CultureInfo.InvariantCulture, $"flags:{Parameter}:{Parameter2}"),
        AggregationMethod.HarmonicMean => "hmean",
        AggregationMethod.GeneralisedMean => string.Create(CultureInfo.InvariantCulture, $"genmean:{Parameter}"),
        AggregationMethod.Min => "min",
        AggregationMethod.Max => "max",
        AggregationMethod.SoftMax => string.Create(CultureInfo.InvariantCulture, $"softmax:{Parameter}"),
        _ => "copeland",
    };
}
