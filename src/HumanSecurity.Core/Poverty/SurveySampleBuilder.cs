using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>Turns a spec and survey tables into a validated <see cref="SurveySample"/>: builds roster indicators,
/// validates 0/1 values and design columns (errors name file, line and column), moves the weight of absent indicators
/// within their dimension (when allowed) and applies listwise deletion.</summary>
public static class SurveySampleBuilder
{
    /// <exception cref="InvalidInputException">The spec does not fit the data, or the data are invalid.</exception>
    public static SurveySample Build(PovertySpec spec, ColumnTable households, string householdsSource,
        ColumnTable? persons = null, string personsSource = "roster")
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(households);
        var problems = new ProblemList();
        PovertySpecValidator.Validate(spec, problems);
        problems.ThrowIfErrors();
        SampleColumns.Check(spec, households, householdsSource, persons, personsSource, problems);
        problems.ThrowIfErrors();

        var warnings = new List<Problem>();
        var present = ReadIndicators(spec, households, householdsSource, persons, problems, warnings);
        problems.ThrowIfErrors();
        var indicators = Reweighting.Apply(spec, present.Select(p => p.Indicator).ToList(), problems, warnings);
        problems.ThrowIfErrors();

        var design = DesignColumns.Read(spec, households, householdsSource, problems);
        problems.ThrowIfErrors();
        return Listwise.Apply(spec, households, present, indicators, design, warnings);
    }

    internal sealed record ReadIndicator(PovertyIndicator Indicator, byte[] Values, double[]? Gap);

    private static List<ReadIndicator> ReadIndicators(PovertySpec spec, ColumnTable households, string source,
        ColumnTable? persons, ProblemList problems, List<Problem> warnings)
    {
        var result = new List<ReadIndicator>();
        int[]? householdOfPerson = null;
        foreach (var ind in spec.Indicators)
        {
            byte[] values;
            double[]? gap = null;
            if (ind.Roster is { } rule && persons is not null)
            {
                householdOfPerson ??= RosterLink.Map(spec, households, persons);
                values = RosterAggregator.Build(rule, persons, householdOfPerson, households.RowCount);
            }
            else if (!households.TryGet(ind.Column, out var column))
            {
                // Only reached when the spec allows absent indicators; otherwise SampleColumns.Check rejected it.
                warnings.Add(Problem.Warning(ind.Location, $"indicator '{ind.Name}': column '{ind.Column}' is absent from {source}; its weight moves to the other indicators of dimension '{ind.Dimension}'"));
                continue;
            }
            else values = IndicatorReader.Read(ind, column, source, problems, out gap);
            if (spec.ReweightAbsent && values.Length > 0 && Array.TrueForAll(values, v => v == RosterAggregator.Missing))
            {
                warnings.Add(Problem.Warning(ind.Location, $"indicator '{ind.Name}' is missing for every row; its weight moves to the other indicators of dimension '{ind.Dimension}'"));
                continue;
            }
            result.Add(new ReadIndicator(ind, values, gap));
        }
        return result;
    }
}
