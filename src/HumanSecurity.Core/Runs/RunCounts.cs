namespace HumanSecurity.Runs;

/// <summary>Counts of a run: what was scored and how many cells were missing, imputed, treated or suppressed.</summary>
public sealed record RunCounts
{
    /// <summary>Units (areas, households) scored after screening.</summary>
    public long Units { get; init; }

    public int Indicators { get; init; }

    public int Nodes { get; init; }

    /// <summary>Indicator cells missing in the input.</summary>
    public long MissingCells { get; init; }

    /// <summary>Indicator cells filled by imputation.</summary>
    public long ImputedCells { get; init; }

    /// <summary>Indicator cells changed by outlier treatment (winsorised points; every present cell of a
    /// log-transformed indicator).</summary>
    public long TreatedCells { get; init; }

    /// <summary>Published cells withheld for small counts (poverty).</summary>
    public long SuppressedCells { get; init; }

    /// <summary>Units dropped by screening or listwise deletion.</summary>
    public long DroppedUnits { get; init; }

    /// <summary>Result rows the run is compared and saved by.</summary>
    public long ScoreRows { get; init; }
}
