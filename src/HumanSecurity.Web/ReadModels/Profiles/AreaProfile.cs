namespace HumanSecurity.Web.ReadModels.Profiles;

/// <summary>Everything known about one area, as the profile page, its API (<c>/api/areas/{code}/profile</c>) and the
/// report show it. Sections are null (or empty) when the store has nothing for them; <see cref="Notes"/> says why.</summary>
public sealed record AreaProfile(
    AreaRef Area, IReadOnlyList<AreaRef> Path, IReadOnlyList<AreaRef> Children, double? Population, string? PopulationPeriod,
    RunRef? Run, IndexSection? Index, ThreatProfile? Threats, ComparisonSection? Comparison, TrendSection Trends, PovertySection? Poverty,
    IReadOnlyList<GroupGap> Gaps, IReadOnlyList<ProgrammeReach> Programmes, IReadOnlyList<string> Notes, bool Synthetic);

/// <summary>An area: code, name (in the chosen language where the gazetteer has it) and level.</summary>
public sealed record AreaRef(string Code, string Name, string Kind);

/// <summary>The run a profile reads: what the run record holds (the full run manifest, when runs carry one, is shown
/// where <see cref="Parameters"/> is).</summary>
public sealed record RunRef(long Id, string Kind, string Model, string ModelHash, string? Period, string? Level, DateTimeOffset CreatedAt,
    long DataVersion, IReadOnlyDictionary<string, string> Parameters);

/// <summary>The index tree for the area: every node with score, rank among the areas of its level, class, and its
/// contribution to the top node (what drives the score). <see cref="TreeAvailable"/> is false when the run's model file
/// could not be matched (then nodes are listed by level without contributions).</summary>
public sealed record IndexSection(string TopNode, bool TreeAvailable, IReadOnlyList<IndexNodeRow> Nodes, double? MissingShare, double? ImputedShare,
    double? DataAge);

/// <summary>One node of the tree: <see cref="Depth"/> 0 for the top node; <see cref="Rank"/> of <see cref="Of"/> ranked
/// areas of the same level (1 = highest score = most insecure); <see cref="Contribution"/> the part of the top node's
/// score it accounts for, <see cref="Share"/> that part as a share of the score.</summary>
public sealed record IndexNodeRow(string Code, string Name, int Level, string? Parent, int Depth, double? Score, int Rank, int Of, string? Class,
    string Colour, double? Contribution, double? Share);

/// <summary>The threat profile: the mean normalised score (0–10 on the human-security scale) of the indicators of each
/// threat cluster × impact on people (survival, livelihood, dignity), from the run's indicator rows.</summary>
public sealed record ThreatProfile(IReadOnlyList<string> Clusters, IReadOnlyList<string> Impacts, IReadOnlyList<ThreatCell> Cells);

/// <summary>One cell: null value when no indicator of the cluster has that impact (or none has data).</summary>
public sealed record ThreatCell(string Cluster, string Impact, double? Value, int Indicators, IReadOnlyList<string> Codes, string Colour);

/// <summary>The area's scores beside its parent's and its country's, per aggregate node of the run.</summary>
public sealed record ComparisonSection(AreaRef? Parent, AreaRef? Country, IReadOnlyList<ComparisonRow> Rows);

public sealed record ComparisonRow(string Node, string Name, double? Area, double? Parent, double? Country);

/// <summary>Trends: <see cref="Source"/> <c>panel</c> (index runs of one panel, with change decomposition),
/// <c>runs</c> (index runs of the same model in several periods, no decomposition), <c>observations</c> (the area's own
/// indicator values) or <c>none</c>.</summary>
public sealed record TrendSection(string Source, IReadOnlyList<TrendSeries> Series, ChangeDecomposition? Changes);

/// <summary>A series over periods: a node of the index (scores) or an indicator (its unit).</summary>
public sealed record TrendSeries(string Code, string Name, string? Unit, bool IsIndex, IReadOnlyList<TrendPoint> Points)
{
    public double? Change => Points.Count >= 2 ? Points[^1].Value - Points[0].Value : null;
}

public sealed record TrendPoint(string Period, double Value);

/// <summary>The change of the top node between two panel periods shared among indicators (contributions after minus
/// before; they sum to the change).</summary>
public sealed record ChangeDecomposition(string Node, string From, string To, double Change, IReadOnlyList<ChangePart> Parts);

public sealed record ChangePart(string Indicator, string Name, double Contribution);

/// <summary>Multidimensional poverty of the area (or of the area that covers it) from a poverty run: H, A and M0 per
/// cutoff with confidence intervals when saved. A suppressed cell carries no number.</summary>
public sealed record PovertySection(long Run, string Spec, AreaRef Covers, IReadOnlyList<PovertyCell> Cells);

public sealed record PovertyCell(string K, string Measure, double? Value, double? Low, double? High, bool Suppressed);

/// <summary>A gap between population groups on one indicator, period and dimension (<c>sex</c>, <c>group</c>,
/// <c>disability</c>, <c>urbanisation</c>, <c>age</c>): each group's value, its difference and ratio to the reference
/// group (men, host community, people without disability, urban; the total when the reference is absent).</summary>
public sealed record GroupGap(string Indicator, string Name, string Unit, string Dimension, string Period, string Reference, double? Total,
    IReadOnlyList<GapGroup> Groups);

public sealed record GapGroup(string Group, double Value, double? Difference, double? Ratio);

/// <summary>A programme that reaches the area: <c>whole</c> when it works in the area or an area that contains it,
/// <c>part</c> when it works in some areas inside it (<see cref="Via"/>: those codes).</summary>
public sealed record ProgrammeReach(string Id, string Title, string? Status, string? Start, string? End, string Reach, IReadOnlyList<string> Via,
    IReadOnlyList<string> Clusters, double? Budget, string? Currency, bool Prevention);
