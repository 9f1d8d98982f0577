using HumanSecurity.Storage;

namespace HumanSecurity.Web.Overview;

/// <summary>What the map shows: an indicator's latest values, or one node of a saved run.</summary>
internal sealed record MapChoice(MapLayer Layer, IndicatorSummary? Indicator, RunRecord? Run, string? Node)
{
    public static MapChoice OfIndicator(IndicatorSummary s, ObservatoryOverview o) => new(MapLayer.FromIndicator(s.Indicator, o.Latest), s, null, null);

    public static MapChoice OfRun(RunRecord run, string node, IReadOnlyList<ScoreRow> scores) => new(RunNodes.Layer(run, node, scores), null, run, node);
}
