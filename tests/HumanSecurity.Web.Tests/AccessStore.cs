using HumanSecurity.Access;
using HumanSecurity.DuckDb;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.Web.Tests;

/// <summary>A small in-memory DuckDB store for access and API tests, seeded anew for each test that writes: datasets
/// 1 areas (XA, XA01, XA02, XA0101), 2 indicators, 3 public observations, 4 observations to restrict (LIT 2025 for
/// XA02), 5 a survey, 6 programmes; run 1 an index run, run 2 a poverty run with one suppressed cell; and one token per
/// role plus a revoked one.</summary>
internal sealed class AccessStore : IAsyncDisposable
{
    private AccessStore(DuckDbStore store) => Store = store;

    public DuckDbStore Store { get; }

    public string Viewer { get; private set; } = "";

    public string Analyst { get; private set; } = "";

    public string Admin { get; private set; } = "";

    /// <summary>A token that was revoked (an admin's).</summary>
    public string Revoked { get; private set; } = "";

    /// <summary>The id of the dataset to restrict.</summary>
    public const long RestrictableDataset = 4;

    public const long SurveyDataset = 5;

    public static async Task<AccessStore> CreateAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var s = new AccessStore(DuckDbStore.Open(":memory:"));
        var areas = StoreTestData.Areas.Append(new Areas.Area("XA0101", "North-East", Areas.AreaKind.Admin2, "XA01")).ToList();
        await ImportAsync(s.Store, DatasetKind.Areas, x => x.AddAreasAsync(areas, ct));
        await ImportAsync(s.Store, DatasetKind.Indicators, x => x.AddIndicatorsAsync(StoreTestData.Indicators, ct));
        await ImportAsync(s.Store, DatasetKind.Observations, x => x.AppendObservationsAsync(StoreTestData.Observations(), ct));
        var hidden = new ObservationChunk(1);
        hidden.Add("LIT", "XA02", Period.FromYear(2025), Disaggregation.Total, 55);
        await ImportAsync(s.Store, DatasetKind.Observations, x => x.AppendObservationsAsync(hidden, ct));
        await ImportAsync(s.Store, DatasetKind.Survey, x => x.AddSurveyTableAsync("households", StoreTestData.Households(), ct));
        await ImportAsync(s.Store, DatasetKind.Programmes, x => x.AddProgrammesAsync(StoreTestData.Programmes, ct));
        await s.SaveRunsAsync();
        s.Viewer = await s.TokenAsync("viewer-1", Role.Viewer);
        s.Analyst = await s.TokenAsync("analyst-1", Role.Analyst);
        s.Admin = await s.TokenAsync("admin-1", Role.Admin);
        s.Revoked = await s.TokenAsync("gone", Role.Admin);
        await s.Store.RevokeTokenAsync(4, ct);
        return s;
    }

    private async Task<string> TokenAsync(string name, Role role)
    {
        var secret = ApiTokenSecret.Generate();
        await Store.CreateTokenAsync(name, role, ApiTokenSecret.HashHex(secret), "test", TestContext.Current.CancellationToken);
        return secret;
    }

    private async Task SaveRunsAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var index = new List<ScoreRow>();
        foreach (var (unit, level) in new[] { ("XA", 2), ("XA01", 2), ("XA02", 2), ("XA0101", 2) })
            foreach (var period in new[] { "2023", "2024" })
            {
                index.Add(new ScoreRow(unit, "HSI", level, period, unit.Length + 0.5, 1, "High"));
                index.Add(new ScoreRow(unit, "FLOOD", 1, period, unit.Length, 1, null));
            }
        await Store.SaveRunAsync(new RunRecord(0, "index", "test-model", new string('c', 64), 3, DateTimeOffset.UnixEpoch), index, ct);
        ScoreRow[] poverty =
        [
            new("XA01", "M0@k33", 1, null, 0.2, 1, null),
            new("XA02", "M0@k33", 1, null, double.NaN, 0, "suppressed"),
        ];
        await Store.SaveRunAsync(new RunRecord(0, "poverty", "global-mpi", new string('d', 64), 5, DateTimeOffset.UnixEpoch), poverty, ct);
    }

    private static async Task ImportAsync(IStore store, DatasetKind kind, Func<IImportSession, Task> fill)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var session = await store.BeginImportAsync(StoreTestData.Info(kind, kind.ToString().ToLowerInvariant() + ".csv"), ct);
        await fill(session);
        await session.CommitAsync(ct);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
