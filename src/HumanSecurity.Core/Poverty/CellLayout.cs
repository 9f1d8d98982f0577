namespace HumanSecurity.Poverty;

/// <summary>Positions of the weighted totals kept per cell (ω = sampling weight × size, g_j = deprivation in indicator
/// j, c = deprivation score, ρ = poor at the cutoff k). Per cell: Σω, rows, Σω·g_j (d), Σω·severe, then per k: Σωρ, Σωρc,
/// Σωρc², poor persons (Σ size), Σω·vulnerable, Σωρ·gap, Σωρ·gap², Σωρ·g_j (d). A store that aggregates cells itself
/// (<see cref="ISurveyAggregation"/>) writes its totals in this order.</summary>
/// <param name="indicators">Indicators d.</param>
/// <param name="cutoffs">Poverty cutoffs k.</param>
public readonly struct CellLayout(int indicators, int cutoffs)
{
    /// <summary>Σω.</summary>
    public const int Pop = 0;

    /// <summary>Unweighted rows.</summary>
    public const int Rows = 1;

    /// <summary>First of the d totals Σω·g_j (uncensored headcounts).</summary>
    public const int Hd0 = 2;
    private const int PerK = 7;

    /// <summary>Number of indicators.</summary>
    public int D { get; } = indicators;

    /// <summary>Number of poverty cutoffs.</summary>
    public int K { get; } = cutoffs;

    /// <summary>Σω of rows with c ≥ severe.</summary>
    public int Severe => Hd0 + D;

    /// <summary>Totals per cell.</summary>
    public int Width => Hd0 + D + 1 + K * (PerK + D);

    /// <summary>First total of cutoff <paramref name="k"/> (its Σωρ).</summary>
    public int KBase(int k) => Hd0 + D + 1 + k * (PerK + D);

    /// <summary>Σωρ: weighted poor.</summary>
    public int Poor(int k) => KBase(k);

    /// <summary>Σωρc.</summary>
    public int Score(int k) => KBase(k) + 1;

    /// <summary>Σωρc².</summary>
    public int Score2(int k) => KBase(k) + 2;

    /// <summary>Σ size of the poor (unweighted persons).</summary>
    public int PoorPersons(int k) => KBase(k) + 3;

    /// <summary>Σω of rows with vulnerable ≤ c &lt; k.</summary>
    public int Vulnerable(int k) => KBase(k) + 4;

    /// <summary>Σωρ·Σ_j w_j gap_j (cardinal specs).</summary>
    public int Gap1(int k) => KBase(k) + 5;

    /// <summary>Σωρ·Σ_j w_j gap_j².</summary>
    public int Gap2(int k) => KBase(k) + 6;

    /// <summary>Σωρ·g_j: censored headcount total of indicator j.</summary>
    public int Hdk(int k, int j) => KBase(k) + PerK + j;
}
