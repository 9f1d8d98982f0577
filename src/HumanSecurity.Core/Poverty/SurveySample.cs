namespace HumanSecurity.Poverty;

/// <summary>A subgroup variable encoded for estimation: group labels and the group code of each retained row. Small
/// integer columns are not copied: a row's code is looked up from its value (memory O(#groups), not O(#rows)).</summary>
public sealed class OverVariable
{
    private readonly int[]? _codes;
    private readonly double[]? _values;
    private readonly long _offset;
    private readonly int[]? _lookup;
    private readonly int _missing;

    /// <summary>Codes given per row.</summary>
    public OverVariable(string name, int[] codes, string[] labels)
    {
        Name = name;
        Labels = labels;
        _codes = codes;
    }

    internal OverVariable(string name, string[] labels, double[] values, long offset, int[] lookup, int missing)
    {
        Name = name;
        Labels = labels;
        _values = values;
        _offset = offset;
        _lookup = lookup;
        _missing = missing;
    }

    public string Name { get; }

    public string[] Labels { get; }

    /// <summary>Group code of a row (0..Labels.Length−1).</summary>
    public int Code(int row)
    {
        if (_codes is not null) return _codes[row];
        var v = _values![row];
        return double.IsNaN(v) ? _missing : _lookup![(long)v - _offset];
    }

    /// <summary>The same variable restricted to the rows <paramref name="idx"/>.</summary>
    internal OverVariable Take(int[]? idx)
    {
        if (idx is null) return this;
        var codes = new int[idx.Length];
        for (var r = 0; r < idx.Length; r++) codes[r] = Code(idx[r]);
        return new OverVariable(Name, codes, Labels);
    }
}

/// <summary>How much of the sample survived listwise deletion, and why rows were dropped.</summary>
/// <param name="Rows">Household rows read.</param>
/// <param name="RowsRetained">Rows with every indicator present.</param>
/// <param name="Persons">Persons represented (Σ size).</param>
/// <param name="PersonsRetained">Persons represented by retained rows.</param>
/// <param name="Weighted">Σ weight × size over all rows.</param>
/// <param name="WeightedRetained">Σ weight × size over retained rows.</param>
/// <param name="MissingRowsByIndicator">Rows missing each indicator (before deletion).</param>
/// <param name="MissingWeightedByIndicator">Weighted population share missing each indicator.</param>
public sealed record Retention(
    int Rows,
    int RowsRetained,
    double Persons,
    double PersonsRetained,
    double Weighted,
    double WeightedRetained,
    IReadOnlyDictionary<string, int> MissingRowsByIndicator,
    IReadOnlyDictionary<string, double> MissingWeightedByIndicator)
{
    public double UnweightedShare => Rows == 0 ? double.NaN : (double)RowsRetained / Rows;

    public double PersonShare => Persons == 0 ? double.NaN : PersonsRetained / Persons;

    public double WeightedShare => Weighted == 0 ? double.NaN : WeightedRetained / Weighted;
}

/// <summary>The estimation sample: retained rows only, columnar, with exact integer indicator weights.</summary>
public sealed class SurveySample : ISurveyDescription
{
    /// <summary>Retained rows.</summary>
    public required int Count { get; init; }

    /// <summary>Sampling weight of each row; the person weight is <c>SamplingWeight[i] × Size[i]</c> (not stored, to
    /// keep memory near the input's size).</summary>
    public required double[] SamplingWeight { get; init; }

    /// <summary>Persons represented by each row (size; 1 without a size column).</summary>
    public required double[] Size { get; init; }

    /// <summary>Indicators after reweighting (absent ones removed).</summary>
    public required IReadOnlyList<PovertyIndicator> Indicators { get; init; }

    /// <summary>0/1 deprivation per indicator and row.</summary>
    public required byte[][] Deprived { get; init; }

    /// <summary>Normalised gap (z − y)/z per cardinal indicator and row (0 when not deprived); null when not cardinal.</summary>
    public required double[]?[] Gap { get; init; }

    /// <summary>Integer weight units: indicator j weighs <c>Units[j] / UnitDenominator</c> exactly.</summary>
    public required long[] Units { get; init; }

    public required long UnitDenominator { get; init; }

    /// <summary>Design PSU id (0..PsuCount−1) per row; rows are their own PSU without a psu column.</summary>
    public required int[] Psu { get; init; }

    /// <summary>Stratum of each PSU.</summary>
    public required int[] PsuStratum { get; init; }

    public required int StrataCount { get; init; }

    /// <summary>Round code per row; empty without a time column (a single round 0).</summary>
    public required int[] Round { get; init; }

    public required string[] RoundLabels { get; init; }

    /// <summary>Year of each round (NaN when unknown).</summary>
    public required double[] RoundYears { get; init; }

    public required IReadOnlyList<OverVariable> Over { get; init; }

    public required Retention Retention { get; init; }

    public required IReadOnlyList<Problem> Warnings { get; init; }

    public int PsuCount => PsuStratum.Length;

    public bool HasTime { get; init; }
}
