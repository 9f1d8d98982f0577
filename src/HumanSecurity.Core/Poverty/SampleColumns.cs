using System.Globalization;
using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

/// <summary>Checks that every column the spec names exists (and is numeric where it must be), naming the spec key,
/// its line and the data file.</summary>
internal static class SampleColumns
{
    public static void Check(PovertySpec spec, ColumnTable households, string source, ColumnTable? persons, string personsSource, ProblemList problems)
    {
        Require(spec, "unit", spec.Unit, households, source, false, problems);
        Require(spec, "weight", spec.Weight, households, source, true, problems);
        Require(spec, "size", spec.Size, households, source, true, problems);
        Require(spec, "strata", spec.Strata, households, source, false, problems);
        Require(spec, "psu", spec.Psu, households, source, false, problems);
        foreach (var o in spec.Over) Require(spec, "over", o, households, source, false, problems);
        if (spec.Time is { } t)
        {
            Require(spec, "time", t.Round, households, source, false, problems);
            Require(spec, "time", t.Year, households, source, true, problems);
        }
        foreach (var ind in spec.Indicators)
        {
            if (ind.Roster is { } rule && (persons is not null || !households.Has(ind.Column)))
                CheckRoster(spec, ind, rule, persons, persons is null ? source : personsSource, problems);
            else if (!spec.ReweightAbsent && !households.Has(ind.Column))
                problems.Error(ind.Location, $"indicator '{ind.Name}': column '{ind.Column}' not found in {source} (columns: {Names(households)})");
        }
    }

    private static void CheckRoster(PovertySpec spec, PovertyIndicator ind, RosterRule rule, ColumnTable? persons, string source, ProblemList problems)
    {
        if (persons is null)
        {
            problems.Error(ind.Location, $"indicator '{ind.Name}' is built from the person roster, but no roster was given (--roster) and {source} has no column '{ind.Column}'");
            return;
        }
        RequireIn(ind.Location, $"indicator '{ind.Name}' roster unit", spec.RosterUnit ?? spec.Unit, persons, source, false, problems);
        RequireIn(ind.Location, $"indicator '{ind.Name}' value", rule.Value, persons, source, false, problems);
        RequireIn(ind.Location, $"indicator '{ind.Name}' age", rule.AgeColumn, persons, source, true, problems);
    }

    private static void Require(PovertySpec spec, string key, string? column, ColumnTable table, string source, bool numeric, ProblemList problems) =>
        RequireIn(spec.LocationOf(key), key, column, table, source, numeric, problems);

    private static void RequireIn(string location, string what, string? column, ColumnTable table, string source, bool numeric, ProblemList problems)
    {
        if (column is null) return;
        if (!table.TryGet(column, out var c))
        {
            problems.Error(location, $"{what}: column '{column}' not found in {source} (columns: {Names(table)})");
            return;
        }
        if (!numeric || c is NumericColumn) return;
        var text = ((TextColumn)c).Values;
        for (var i = 0; i < text.Length; i++)
        {
            var s = text[i];
            if (string.IsNullOrEmpty(s) || double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) continue;
            problems.Error(Problem.At(source, i + 2, column), $"value '{s}' is not a number ({what} must be numeric)");
            return;
        }
    }

    private static string Names(ColumnTable t) => string.Join(", ", t.Columns.Select(c => c.Name).Take(40));
}
