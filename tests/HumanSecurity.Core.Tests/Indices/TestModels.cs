using HumanSecurity.Indices;

namespace HumanSecurity.Core.Tests.Indices;

/// <summary>Small models and data for hand-computed cases.</summary>
internal static class TestModels
{
    /// <summary>Two indicators a, b under node P (root), default normalise none.</summary>
    public static IndexModel Flat(string aggregate = "amean", string normalise = "none", double wa = 1, double wb = 1, double? minShare = null) =>
        new("flat", [new ModelIndicator("a", "P") { Weight = wa }, new ModelIndicator("b", "P") { Weight = wb }],
            [new ModelNode("P") { Aggregate = AggregateSpec.Parse(aggregate), MinShare = minShare }])
        {
            Defaults = new ModelDefaults { Normalise = NormaliseSpec.Parse(normalise) },
        };

    public static IndexData Data(string[] units, params (string Code, double[] Values)[] columns) =>
        new(units, columns.ToDictionary(c => c.Code, c => c.Values));

    public static double Score(IndexRun run, string node, string unit) =>
        run.Scores[run.Tree.Index[node]][Array.IndexOf(run.Units, unit)];

    public static int Rank(IndexRun run, string node, string unit) =>
        run.Ranks[run.Tree.Index[node]][Array.IndexOf(run.Units, unit)];
}
