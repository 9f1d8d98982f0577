using HumanSecurity.Areas;
using HumanSecurity.Indicators;

namespace HumanSecurity.Web.Overview;

/// <summary>An indicator with its latest values: the latest period with data, the most detailed area level that has
/// values in that period, and the minimum, median and maximum across those areas (nulls when there is no data).</summary>
public sealed record IndicatorSummary(Indicator Indicator, string? LatestPeriod, AreaKind? Level, int AreaCount, double? Min, double? Median, double? Max);
