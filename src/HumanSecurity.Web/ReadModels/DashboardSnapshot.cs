using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;

namespace HumanSecurity.Web.ReadModels;

/// <summary>What the dashboard reads from the store once per data version: the area hierarchy, the indicator catalogue,
/// the runs, the datasets and the programmes.</summary>
public sealed record DashboardSnapshot(
    string Version, AreaHierarchy Areas, IReadOnlyDictionary<string, Indicator> Indicators, IReadOnlyList<RunRecord> Runs,
    IReadOnlyList<Dataset> Datasets, IReadOnlyList<Programme> Programmes, bool IsSynthetic)
{
    /// <summary>The marker that labels synthetic demo data (in dataset names and indicator sources).</summary>
    public const string SyntheticMarker = "synthetic demo data";

    public Area? Area(string? code) => code is not null && Areas.TryGet(code, out var a) ? a : null;

    /// <summary>The area levels present, coarsest first.</summary>
    public IReadOnlyList<AreaKind> Levels { get; } = Areas.Areas.Select(a => a.Kind).Distinct().Order().ToList();

    /// <summary>Index runs, newest first.</summary>
    public IEnumerable<RunRecord> IndexRuns => Runs.Where(r => r.Kind == "index").OrderByDescending(r => r.Id);

    /// <summary>Poverty runs, newest first.</summary>
    public IEnumerable<RunRecord> PovertyRuns => Runs.Where(r => r.Kind == "poverty").OrderByDescending(r => r.Id);

    public RunRecord? Run(long id) => Runs.FirstOrDefault(r => r.Id == id);

    /// <summary>The area and its ancestors, root first.</summary>
    public IReadOnlyList<Area> PathTo(Area area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return [.. Areas.AncestorsOf(area.Code).Reverse(), area];
    }

    /// <summary>Whether <paramref name="code"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(string code, string ancestor) =>
        code == ancestor || Areas.AncestorsOf(code).Any(a => a.Code == ancestor);

    public static bool Marks(string? text) => text?.Contains(SyntheticMarker, StringComparison.OrdinalIgnoreCase) == true;
}
