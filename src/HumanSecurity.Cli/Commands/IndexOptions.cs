using System.CommandLine;
using System.Globalization;
using HumanSecurity.Formats.Runs;
using HumanSecurity.Indices;
using HumanSecurity.Runs;

namespace HumanSecurity.Cli.Commands;

/// <summary>The step overrides shared by <c>hso index run</c> and <c>hso index sensitivity</c>.</summary>
internal sealed class IndexOptions
{
    public Option<string> Model { get; } = new("--model") { Description = "Model YAML file (see docs/models.md), or a built-in model: NAME or NAME:RELEASE (hso models list).", Required = true };
    public Option<string?> Data { get; } = new("--data") { Description = "Data CSV: one row per unit (and period), one column per indicator." };
    public Option<string?> Normalise { get; } = new("--normalise") { Description = "Normalisation for all indicators: minmax:L:U|zscore:M:S|goalposts|rank|prank|none." };
    public Option<string?> Aggregate { get; } = new("--aggregate") { Description = "Aggregation for all levels: amean|gmean|hmean|genmean:P|min|max|softmax:C|copeland." };
    public Option<string[]> AggregateLevel { get; } = new("--aggregate-level") { Description = "LEVEL=METHOD, aggregation for one level (repeatable)." };
    public Option<string?> Weights { get; } = new("--weights") { Description = "CSV with columns iCode,Weight: weights of any nodes or indicators." };
    public Option<string?> Treat { get; } = new("--treat") { Description = "Outlier treatment: default|none." };
    public Option<string?> Impute { get; } = new("--impute") { Description = "Imputation: none|mean|median|group-mean:COL|group-median:COL|latest:N|linear." };
    public Option<bool> Denominate { get; } = new("--denominate") { Description = "Divide indicators by their denominators." };
    public Option<double?> Screen { get; } = new("--screen") { Description = "Drop units with a smaller share of available indicators (0-1)." };
    public Option<string?> Period { get; } = new("--period") { Description = "Period to score in panel data (default: the latest); FROM:TO scores a panel (run only)." };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Model, Data, Normalise, Aggregate, AggregateLevel, Weights, Treat, Impute, Denominate, Screen, Period })
            command.Options.Add(o);
    }

    public PipelineOptions Build(ParseResult parse, bool keepSteps, bool allowRange = false)
    {
        if (!allowRange && PeriodOrRange(parse).To is not null)
            throw new UsageException("--period: a range FROM:TO scores a panel, which only 'hso index run' does; give one period");
        return new PipelineOptions
        {
            Normalise = Spec<NormaliseSpec>(parse.GetValue(Normalise), NormaliseSpec.Parse, "--normalise"),
            Aggregate = Spec<AggregateSpec>(parse.GetValue(Aggregate), AggregateSpec.Parse, "--aggregate"),
            AggregateByLevel = ByLevel(parse.GetValue(AggregateLevel) ?? []),
            Weights = parse.GetValue(Weights) is { } w ? HumanSecurity.Formats.Models.WeightsCsvReader.Read(w) : new Dictionary<string, double>(),
            Treat = Spec<TreatSpec>(parse.GetValue(Treat), TreatSpec.Parse, "--treat"),
            Impute = Spec<ImputeSpec>(parse.GetValue(Impute), ImputeSpec.Parse, "--impute"),
            Denominate = parse.GetValue(Denominate) ? true : null,
            Screen = parse.GetValue(Screen) is { } s and (< 0 or > 1) ? throw new UsageException($"--screen: {s} is not a share between 0 and 1") : parse.GetValue(Screen),
            Period = PeriodOrRange(parse) is ({ } p, null) ? p : null,
            KeepSteps = keepSteps,
        };
    }

    /// <summary>The files options were read from (<c>--weights</c>), with their SHA-256, for the run manifest.</summary>
    public IReadOnlyList<InputFile> WeightsFiles(ParseResult parse) =>
        parse.GetValue(Weights) is { } w ? [InputFiles.Identify("weights", w)] : [];

    /// <summary>The <c>--period</c> value: (P, null) for one period, (FROM, TO) for a range, (null, null) when not given.</summary>
    public (double? From, double? To) PeriodOrRange(ParseResult parse)
    {
        if (parse.GetValue(Period) is not { } text) return (null, null);
        var parts = text.Split(':');
        var nums = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (parts.Length > 2 || !double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out nums[i]))
                throw new UsageException($"--period: '{text}' is not a period (e.g. 2024) or a range FROM:TO (e.g. 2019:2025)");
        if (nums.Length == 2 && nums[0] > nums[1]) throw new UsageException($"--period: range '{text}' ends before it starts");
        return nums.Length == 1 ? (nums[0], null) : (nums[0], nums[1]);
    }

    private static T? Spec<T>(string? text, Func<string, T> parse, string option) where T : struct
    {
        if (text is null) return null;
        try { return parse(text); }
        catch (FormatException e) { throw new UsageException($"{option}: {e.Message}"); }
    }

    private static Dictionary<int, AggregateSpec> ByLevel(string[] items)
    {
        var map = new Dictionary<int, AggregateSpec>();
        foreach (var item in items)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !int.TryParse(item[..eq], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
                throw new UsageException($"--aggregate-level: '{item}' is not LEVEL=METHOD (e.g. 3=gmean)");
            map[level] = Spec<AggregateSpec>(item[(eq + 1)..], AggregateSpec.Parse, "--aggregate-level")!.Value;
        }
        return map;
    }
}
