namespace HumanSecurity.Poverty;

/// <summary>Positions of the weighted totals kept per cell. Per cell: Σω, rows, Σω·g_j (d), Σω·severe, then per k:
/// Σωρ, Σωρc, Σωρc², poor persons, Σω·vulnerable, Σωρ·gap, Σωρ·gap², Σωρ·g_j (d).</summary>
internal readonly struct CellLayout(int indicators, int cutoffs)
{
    public const int Pop = 0;
    public const int Rows = 1;
    public const int Hd0 = 2;
    private const int PerK = 7;

    public int D { get; } = indicators;

    public int K { get; } = cutoffs;

    public int Severe => Hd0 + D;

    public int Width => Hd0 + D + 1 + K * (PerK + D);

    public int KBase(int k) => Hd0 + D + 1 + k * (PerK + D);

    public int Poor(int k) => KBase(k);

    public int Score(int k) => KBase(k) + 1;

    public int Score2(int k) => KBase(k) + 2;

    public int PoorPersons(int k) => KBase(k) + 3;

    public int Vulnerable(int k) => KBase(k) + 4;

    public int Gap1(int k) => KBase(k) + 5;

    public int Gap2(int k) => KBase(k) + 6;

    public int Hdk(int k, int j) => KBase(k) + PerK + j;
}
