using HumanSecurity.Areas;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.DuckDb.Tests;

/// <summary>The stager's id caches (keyed by string reference, last combination, last period) must give every row its
/// own codes, whether importers hand over shared or fresh string instances.</summary>
public sealed class ObservationStagingTests : IDisposable
{
    private const int Areas = 3000; // more distinct codes than the reference cache has slots
    private const int Rows = 2 * Areas;
    private readonly TempDirectory _dir = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (string Indicator, string Area, int Year, string Sex, string? Status, string Source) Expected(int i) =>
        (i % 2 == 0 ? "FLOOD" : "LIT", $"A{i % Areas:D4}", 2000 + (i / Areas), (i % 3) switch { 0 => "F", 1 => "M", _ => "_T" },
            i % 5 == 0 ? ObservationStatus.Provisional : null, i % 7 == 0 ? "src B" : "src A");

    private static ObservationChunk Chunk(int from, int count, bool freshStrings)
    {
        string S(string s) => freshStrings ? new string(s.AsSpan()) : string.Intern(s);
        var c = new ObservationChunk(count);
        for (var i = from; i < from + count; i++)
        {
            var e = Expected(i);
            var d = new Disaggregation(S(e.Sex), S("_T"), S("_T"), S("_T"), S("_T"));
            c.Add(S(e.Indicator), S(e.Area), Period.FromYear(e.Year), d.IsTotal ? Disaggregation.Total : d, i,
                e.Status is null ? null : S(e.Status), S(e.Source));
        }
        return c;
    }

    [Fact]
    public async Task AppendObservations_ChunksCrossingStagingBlocks_EveryRowCommittedOnce()
    {
        // 50,000-row chunks straddle the stager's 65,536-row blocks.
        await using var store = DuckDbStore.Open(_dir.File("blocks.duckdb"));
        await using (var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations), Ct))
        {
            await session.AddAreasAsync([.. Enumerable.Range(0, Areas).Select(a => new Area($"A{a:D4}", $"Area {a}", AreaKind.Admin1, null))], Ct);
            await session.AddIndicatorsAsync(StoreTestData.Indicators, Ct);
            for (var from = 0; from < 150_000; from += 50_000)
            {
                var chunk = new ObservationChunk(50_000);
                for (var i = from; i < from + 50_000; i++)
                    chunk.Add(i % 2 == 0 ? "FLOOD" : "LIT", $"A{i % Areas:D4}", Period.FromDay(new DateOnly(2000, 1, 1).AddDays(i / Areas)), Disaggregation.Total, i);
                await session.AppendObservationsAsync(chunk, Ct);
            }
            await session.CommitAsync(Ct);
        }
        var values = new List<double>();
        await foreach (var chunk in store.GetObservationsAsync(new ObservationQuery { TotalsOnly = false }, Ct)) values.AddRange(chunk.Value.Take(chunk.Count));
        Assert.Equal(Enumerable.Range(0, 150_000).Select(i => (double)i), values.Order());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AppendObservations_ManyCodesSharedOrFreshInstances_EveryRowDecodedToItsCodes(bool freshStrings)
    {
        await using var store = DuckDbStore.Open(_dir.File("store.duckdb"));
        await using (var session = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Observations), Ct))
        {
            await session.AddAreasAsync([.. Enumerable.Range(0, Areas).Select(a => new Area($"A{a:D4}", $"Area {a}", AreaKind.Admin1, null))], Ct);
            await session.AddIndicatorsAsync(StoreTestData.Indicators, Ct);
            for (var from = 0; from < Rows; from += 1000) await session.AppendObservationsAsync(Chunk(from, 1000, freshStrings), Ct);
            await session.CommitAsync(Ct);
        }
        var seen = 0;
        await foreach (var chunk in store.GetObservationsAsync(new ObservationQuery { TotalsOnly = false }, Ct))
        {
            for (var r = 0; r < chunk.Count; r++)
            {
                var e = Expected((int)chunk.Value[r]);
                Assert.Equal((e.Indicator, e.Area, Period.FromYear(e.Year), e.Sex, e.Status, e.Source),
                    (chunk.Indicator[r], chunk.Area[r], chunk.Period[r], chunk.Sex[r], chunk.Status[r], chunk.Source[r]));
                seen++;
            }
        }
        Assert.Equal(Rows, seen);
    }

    public void Dispose() => _dir.Dispose();
}
