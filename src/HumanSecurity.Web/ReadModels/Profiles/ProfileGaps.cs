using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Web.ReadModels.Profiles;

/// <summary>Group gaps from the area's disaggregated observations: per indicator and dimension (one dimension broken
/// down, the others total), in the latest period with such a breakdown, each group's value with its difference and ratio
/// to the reference group.</summary>
internal static class ProfileGaps
{
    /// <summary>Reference group per dimension; the total is used when the reference has no value.</summary>
    private static readonly Dictionary<string, string> References = new(StringComparer.Ordinal)
    {
        ["sex"] = "M", ["group"] = "HOST", ["disability"] = "NODIS", ["urbanisation"] = "U", ["age"] = Disaggregation.TotalCode,
    };

    public static async Task<IReadOnlyList<GroupGap>> ComputeAsync(IStore store, DashboardSnapshot snapshot, string area, CancellationToken cancellationToken)
    {
        var cells = new Dictionary<(string Indicator, string Dimension, Period Period), Dictionary<string, double>>();
        var totals = new Dictionary<(string, Period), double>();
        await foreach (var chunk in store.GetObservationsAsync(new ObservationQuery { Areas = [area], TotalsOnly = false }, cancellationToken))
            for (var i = 0; i < chunk.Count; i++)
            {
                if (!double.IsFinite(chunk.Value[i])) continue;
                var d = chunk.DisaggregationAt(i);
                if (d.IsTotal)
                {
                    totals[(chunk.Indicator[i], chunk.Period[i])] = chunk.Value[i];
                    continue;
                }
                if (Single(d) is not var (dimension, group)) continue;
                var key = (chunk.Indicator[i], dimension, chunk.Period[i]);
                if (!cells.TryGetValue(key, out var groups)) cells[key] = groups = new(StringComparer.Ordinal);
                groups[group] = chunk.Value[i];
            }
        return [.. cells.Where(kv => kv.Value.Count >= 1).GroupBy(kv => (kv.Key.Indicator, kv.Key.Dimension)).Select(g => g.MaxBy(kv => kv.Key.Period))
            .Where(kv => snapshot.Indicators.ContainsKey(kv.Key.Indicator))
            .OrderBy(kv => kv.Key.Indicator, StringComparer.Ordinal).ThenBy(kv => kv.Key.Dimension, StringComparer.Ordinal)
            .Select(kv => Gap(snapshot, kv.Key, kv.Value, totals.TryGetValue((kv.Key.Indicator, kv.Key.Period), out var t) ? t : null))];
    }

    private static GroupGap Gap(DashboardSnapshot snapshot, (string Indicator, string Dimension, Period Period) key, Dictionary<string, double> groups,
        double? total)
    {
        var reference = References[key.Dimension];
        double? basis = groups.TryGetValue(reference, out var r) ? r : total;
        if (!groups.ContainsKey(reference)) reference = Disaggregation.TotalCode;
        var rows = groups.OrderBy(g => g.Key == reference ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GapGroup(g.Key, g.Value, basis is { } b ? g.Value - b : null, basis is { } c && c != 0 ? g.Value / c : null)).ToList();
        var indicator = snapshot.Indicators[key.Indicator];
        return new GroupGap(key.Indicator, indicator.Name, indicator.Unit, key.Dimension, key.Period.ToString(), reference, total, rows);
    }

    /// <summary>The one dimension broken down (and its group), or null when none or several are.</summary>
    private static (string Dimension, string Group)? Single(Disaggregation d)
    {
        (string, string)? found = null;
        foreach (var (name, value) in new[] { ("sex", d.Sex), ("age", d.Age), ("group", d.Group), ("disability", d.Disability), ("urbanisation", d.Urbanisation) })
        {
            if (value == Disaggregation.TotalCode) continue;
            if (found is not null) return null;
            found = (name, value);
        }
        return found;
    }
}
