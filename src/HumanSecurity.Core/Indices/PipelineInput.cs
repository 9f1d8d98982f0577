using System.Diagnostics;

namespace HumanSecurity.Indices;

/// <summary>The indicator matrix of one run, taken from <see cref="IndexData"/>: columns resolved and checked, denominated,
/// imputed over time (panel), and cut to the scored period.</summary>
internal sealed partial class PipelineInput
{
    public required string[] Units { get; init; }

    public required double[][] Raw { get; init; }

    public required double[][] Matrix { get; init; }

    public required bool[][] Imputed { get; init; }

    public required Dictionary<string, string[]> Groups { get; init; }

    public List<(int Indicator, int Row)> TemporalImputed { get; } = [];

    public bool Denominated { get; init; }

    public double? Period { get; init; }

    public Dictionary<string, double> Timings { get; } = [];

    /// <summary>The same input with columns in the order of another tree's indicators (a subset, e.g. after dropping some).</summary>
    public PipelineInput For(IndexTree tree, IndexTree source)
    {
        var cols = tree.Indicators.Select(i => source.Index[i.Code]).ToArray();
        var input = new PipelineInput
        {
            Units = Units,
            Raw = [.. cols.Select(c => Raw[c])],
            Matrix = [.. cols.Select(c => Matrix[c])],
            Imputed = [.. cols.Select(c => Imputed[c])],
            Groups = Groups,
            Denominated = Denominated,
            Period = Period,
        };
        input.TemporalImputed.AddRange(TemporalImputed.Where(t => tree.Index.ContainsKey(source.Codes[t.Indicator]))
            .Select(t => (tree.Index[source.Codes[t.Indicator]], t.Row)));
        return input;
    }

    public double[][] CloneMatrix() => [.. Matrix.Select(c => (double[])c.Clone())];

    public bool[][] CloneImputed() => [.. Imputed.Select(c => (bool[])c.Clone())];

    public static PipelineInput Prepare(IndexTree tree, IndexData data, PipelineOptions options)
    {
        var clock = Stopwatch.StartNew();
        var defaults = tree.Model.Defaults;
        var denominate = options.Denominate ?? defaults.Denominate;
        var problems = new ProblemList();
        var columns = new double[tree.IndicatorCount][];
        var denominators = new double[tree.IndicatorCount][];
        for (var i = 0; i < tree.IndicatorCount; i++)
        {
            var ind = tree.Indicators[i];
            columns[i] = Column(data, ind.Code, $"indicator '{ind.Code}'", problems) ?? [];
            if (denominate && ind.Denominator is { } d) denominators[i] = Column(data, d, $"denominator of '{ind.Code}'", problems) ?? [];
        }
        var groups = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var g in GroupColumns(tree, options))
        {
            if (data.Text.TryGetValue(g, out var col)) groups[g] = col;
            else problems.Error(data.Source, $"group column '{g}' used for imputation is not in the data");
        }
        problems.ThrowIfErrors();
        var raw = columns;
        columns = [.. columns.Select(c => (double[])c.Clone())];
        if (denominate) Denominate(tree, data, columns, denominators);
        var imputed = columns.Select(c => new bool[c.Length]).ToArray();
        var temporal = TemporalImpute(tree, data, options, columns, imputed);
        var rows = SelectRows(data, options, out var period);
        var input = new PipelineInput
        {
            Units = [.. rows.Select(r => data.Units[r])],
            Raw = Pick(raw, rows, copy: false),
            Matrix = Pick(columns, rows, copy: false),
            Imputed = Pick(imputed, rows),
            Groups = groups.ToDictionary(kv => kv.Key, kv => rows.Select(r => kv.Value[r]).ToArray(), StringComparer.Ordinal),
            Denominated = denominate && tree.Indicators.Any(i => i.Denominator is not null),
            Period = period,
        };
        var position = new Dictionary<int, int>();
        for (var k = 0; k < rows.Length; k++) position[rows[k]] = k;
        foreach (var (i, r) in temporal) if (position.TryGetValue(r, out var k)) input.TemporalImputed.Add((i, k));
        input.Timings["prepare"] = clock.Elapsed.TotalMilliseconds;
        return input;
    }

    /// <summary>The rows of each column; with all rows in order the columns themselves are returned unless a copy is asked for.</summary>
    private static T[][] Pick<T>(T[][] m, int[] rows, bool copy = true)
    {
        var result = new T[m.Length][];
        var identity = IsIdentity(rows, m.Length == 0 ? 0 : m[0].Length);
        for (var i = 0; i < m.Length; i++)
        {
            if (identity) { result[i] = copy ? (T[])m[i].Clone() : m[i]; continue; }
            result[i] = new T[rows.Length];
            for (var k = 0; k < rows.Length; k++) result[i][k] = m[i][rows[k]];
        }
        return result;
    }

    private static bool IsIdentity(int[] rows, int length)
    {
        if (rows.Length != length) return false;
        for (var k = 0; k < rows.Length; k++) if (rows[k] != k) return false;
        return true;
    }

    private static IEnumerable<string> GroupColumns(IndexTree tree, PipelineOptions options)
    {
        var specs = tree.Indicators.Select(i => options.Impute ?? i.Impute ?? tree.Model.Defaults.Impute);
        return specs.Where(s => s.GroupColumn is not null).Select(s => s.GroupColumn!).Distinct(StringComparer.Ordinal);
    }

    private static double[]? Column(IndexData data, string code, string what, ProblemList problems)
    {
        if (data.BadCells.TryGetValue(code, out var bad))
        {
            problems.Error(Problem.At(data.Source, bad.Line, code), $"'{bad.Value}' is not a number ({what}); expected a number, or empty / NA / x for missing");
            return null;
        }
        if (data.Numeric.TryGetValue(code, out var col)) return col;
        problems.Error(data.Source, $"column '{code}' ({what}) is not in the data");
        return null;
    }

    private static void Denominate(IndexTree tree, IndexData data, double[][] columns, double[][] denominators)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            var d = denominators[i];
            if (d is null) continue;
            var x = columns[i];
            for (var r = 0; r < x.Length; r++)
            {
                if (d[r] == 0) throw new InvalidInputException(data.RowLocation(r, tree.Indicators[i].Denominator),
                    $"denominator of '{tree.Indicators[i].Code}' is 0 for unit '{data.Units[r]}'; cannot divide");
                x[r] /= d[r];
            }
        }
    }
}
