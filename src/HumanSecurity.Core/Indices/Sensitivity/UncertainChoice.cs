using System.Globalization;

namespace HumanSecurity.Indices;

/// <summary>One uncertain modelling choice of a sensitivity analysis (<c>--vary</c>), sampled by a number u in [0, 1):
/// <c>weights:NOISE[:LEVELS]</c> (each weight times 1 + U(−NOISE, NOISE), levels comma-separated, default all),
/// <c>aggregate:M1,M2,...</c>, <c>normalise:S1,S2,...</c> (separated by <c>,</c>), <c>impute:S1,S2,...</c>,
/// <c>treat:winmax:A-B</c>, <c>drop:indicators</c> or <c>drop:nodes</c> (none, or one indicator / one aggregate left out).</summary>
public sealed record UncertainChoice(string Text, ChoiceKind Kind)
{
    public double Noise { get; init; }

    public IReadOnlySet<int>? Levels { get; init; }

    public IReadOnlyList<AggregateSpec> Aggregations { get; init; } = [];

    public IReadOnlyList<NormaliseSpec> Normalisations { get; init; } = [];

    public IReadOnlyList<ImputeSpec> Imputations { get; init; } = [];

    public IReadOnlyList<int> WinMax { get; init; } = [];

    /// <summary>Parses <c>--vary</c> text; throws <see cref="FormatException"/> naming the accepted forms.</summary>
    public static UncertainChoice Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? text : text[..colon];
        var rest = colon < 0 ? "" : text[(colon + 1)..];
        try
        {
            return kind.ToLowerInvariant() switch
            {
                "weights" => ParseWeights(text, rest),
                "aggregate" => new(text, ChoiceKind.Aggregate) { Aggregations = List(rest, AggregateSpec.Parse) },
                "normalise" => new(text, ChoiceKind.Normalise) { Normalisations = List(rest, NormaliseSpec.Parse) },
                "impute" => new(text, ChoiceKind.Impute) { Imputations = List(rest, ImputeSpec.Parse) },
                "treat" => ParseTreat(text, rest),
                "drop" when rest is "indicators" => new(text, ChoiceKind.DropIndicators),
                "drop" when rest is "nodes" => new(text, ChoiceKind.DropNodes),
                _ => throw new FormatException("unknown choice"),
            };
        }
        catch (FormatException e)
        {
            throw new FormatException($"--vary '{text}': {e.Message}; expected weights:NOISE[:LEVELS], aggregate:M1,M2, normalise:S1,S2, impute:S1,S2, treat:winmax:A-B or drop:indicators|nodes", e);
        }
    }

    private static List<T> List<T>(string rest, Func<string, T> parse)
    {
        var items = rest.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).ToList();
        return items.Count >= 2 ? items : throw new FormatException("give at least two alternatives");
    }

    private static UncertainChoice ParseWeights(string text, string rest)
    {
        var parts = rest.Split(':');
        if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var noise) || noise <= 0 || noise >= 1)
            throw new FormatException("noise must be a share between 0 and 1, e.g. 0.25");
        HashSet<int>? levels = null;
        if (parts.Length == 2)
            levels = [.. parts[1].Split(',').Select(l => int.TryParse(l, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new FormatException($"level '{l}' is not a number"))];
        else if (parts.Length > 2) throw new FormatException("too many ':'");
        return new(text, ChoiceKind.Weights) { Noise = noise, Levels = levels };
    }

    private static UncertainChoice ParseTreat(string text, string rest)
    {
        var parts = rest.Split(':');
        if (parts.Length != 2 || parts[0] != "winmax") throw new FormatException("expected treat:winmax:A-B");
        var range = parts[1].Split('-');
        if (range.Length != 2 || !int.TryParse(range[0], CultureInfo.InvariantCulture, out var a) || !int.TryParse(range[1], CultureInfo.InvariantCulture, out var b) || a < 0 || b < a)
            throw new FormatException("expected a range of whole numbers like 1-5");
        return new(text, ChoiceKind.TreatWinMax) { WinMax = [.. Enumerable.Range(a, b - a + 1)] };
    }
}
