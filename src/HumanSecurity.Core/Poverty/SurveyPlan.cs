using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>What a store needs to aggregate a survey for a spec itself (<see cref="ISurveyAggregation"/>): the spec
/// checked against the tables' columns exactly as the in-memory path checks it, the indicators' exact integer weights
/// and the integer score thresholds of k, severe and vulnerable. The store evaluates deprivations and sums per cell in
/// its own language and returns the totals to <see cref="Assemble"/>.</summary>
public sealed partial class SurveyPlan
{
    private SurveyPlan(PovertySpec spec, bool hasPersons, long[] units, long denominator, bool hasGaps)
    {
        Spec = spec;
        HasPersons = hasPersons;
        Units = units;
        UnitDenominator = denominator;
        HasGaps = hasGaps;
        KThresholds = spec.K.Select(k => CellAccumulator.Threshold(k.Value, denominator)).ToArray();
        SevereThreshold = CellAccumulator.Threshold(spec.Severe, denominator);
        VulnerableThreshold = CellAccumulator.Threshold(spec.Vulnerable, denominator);
    }

    public PovertySpec Spec { get; }

    /// <summary>A person roster is given, so indicators with a roster rule are built from it.</summary>
    public bool HasPersons { get; }

    /// <summary>Indicator j weighs <c>Units[j] / UnitDenominator</c> exactly; a row's score is the integer Σ_j g_j·Units[j].</summary>
    public long[] Units { get; }

    public long UnitDenominator { get; }

    /// <summary>A row is poor at cutoff k when its integer score is at least <c>KThresholds[k]</c> (= ceil(k·L)).</summary>
    public int[] KThresholds { get; }

    public int SevereThreshold { get; }

    public int VulnerableThreshold { get; }

    /// <summary>Every indicator is a cardinal achievement on a numeric column, so gaps (M1, M2) are summed.</summary>
    public bool HasGaps { get; }

    public CellLayout Layout => new(Spec.Indicators.Count, Spec.K.Count);

    /// <summary>Indicator <paramref name="j"/> is built from the person roster.</summary>
    public bool UsesRoster(int j) => Spec.Indicators[j].Roster is not null && HasPersons;

    /// <summary>A plan, or null with the reason when the in-memory path must run: the spec or the columns have problems
    /// (it reports them, located), or an indicator column is absent (its weight would move, which stores do not do).</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="households">The households table's columns (rows are not needed: numeric columns as
    /// <see cref="NumericColumn"/>, text as <see cref="TextColumn"/>).</param>
    /// <param name="persons">The roster's columns, or null without a roster.</param>
    /// <param name="reason">Why there is no plan.</param>
    public static SurveyPlan? TryCreate(PovertySpec spec, ColumnTable households, ColumnTable? persons, out string reason)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(households);
        var problems = new ProblemList();
        PovertySpecValidator.Validate(spec, problems);
        if (problems.ErrorCount == 0) SampleColumns.Check(spec, households, "households", persons, "persons", problems);
        if (problems.ErrorCount > 0)
        {
            reason = $"the spec does not fit the tables ({problems.Items.First(p => p.Severity == ProblemSeverity.Error).Message})";
            return null;
        }
        var absent = spec.Indicators.FirstOrDefault(i => !(i.Roster is not null && persons is not null) && !households.Has(i.Column));
        if (absent is not null)
        {
            reason = $"indicator '{absent.Name}' has no column; its weight moves to its dimension";
            return null;
        }
        long[] units;
        long denominator;
        try { (units, denominator) = Listwise.IntegerUnits(spec.Indicators); }
        catch (InvalidInputException e)
        {
            reason = e.Message;
            return null;
        }
        var hasGaps = spec.Indicators.All(i => !(i.Roster is not null && persons is not null) && i.DeprivedIf is { IsCardinal: true }
            && households[i.Column] is NumericColumn);
        reason = "";
        return new SurveyPlan(spec, persons is not null, units, denominator, hasGaps);
    }
}
