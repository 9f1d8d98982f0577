using System.Net;
using System.Net.Sockets;
using HumanSecurity.Areas;
using HumanSecurity.Observations;
using HumanSecurity.Storage;
using HumanSecurity.Testing;
using HumanSecurity.Testing.Storage;

namespace HumanSecurity.ClickHouse.Tests;

/// <summary>ClickHouse-specific behaviour beyond the store contract: hostile text is data, never SQL; the layout is
/// fixed at creation; an unreachable server is "store unavailable".</summary>
public sealed class ClickHouseStoreTests(ClickHouseServers servers) : IAsyncDisposable
{
    private readonly ClickHouseTestStores _stores = new(servers);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HostileText_RoundTripsAsData()
    {
        const string code = "X'); DROP TABLE datasets; --\t\n\\N";
        const string name = "O'Brien \\ \"quoted\" \t tab \n line 日本 \0 nul";
        await using var store = await _stores.CreateAsync(sharded: true, Ct);
        await using (var s = await store.BeginImportAsync(StoreTestData.Info(DatasetKind.Areas, "a'b.csv"), Ct))
        {
            await s.AddAreasAsync([new Area(code, name, AreaKind.Admin1, null) { AlternateNames = new Dictionary<string, string> { ["fr"] = name } }], Ct);
            var c = new ObservationChunk(1);
            c.Add(code, code, Period.FromYear(1901), Disaggregation.Total with { Sex = code }, -0.5, name, name);
            await s.AppendObservationsAsync(c, Ct);
            await s.CommitAsync(Ct);
        }
        var area = Assert.Single(await store.GetAreasAsync(Ct));
        Assert.Equal((code, name, name), (area.Code, area.Name, area.AlternateNames["fr"]));
        var rows = new List<Observation>();
        await foreach (var chunk in store.GetObservationsAsync(new ObservationQuery { Indicators = [code], Areas = [code], TotalsOnly = false }, Ct))
            rows.AddRange(chunk.Rows());
        var o = Assert.Single(rows);
        Assert.Equal((code, code, Period.FromYear(1901), code, -0.5, name, name), (o.Indicator, o.Area, o.Period, o.Disaggregation.Sex, o.Value, o.Status, o.Source));
        Assert.Equal("a'b.csv", Assert.Single(await store.GetDatasetsAsync(Ct)).SourceFile);
    }

    [Fact]
    public async Task Reopen_WithOtherLayout_IsUnavailable()
    {
        await using var single = await _stores.CreateAsync(sharded: false, Ct);
        var sharded = ClickHouseUrl.Parse($"clickhouse://{servers.Nodes[0]},{servers.Nodes[1]}/{single.Url.Database}?cluster={servers.Cluster}");
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => ClickHouseStore.OpenAsync(sharded, Ct));
        Assert.Contains("was created on a single node", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCluster_IsUnavailable()
    {
        servers.Require();
        var url = ClickHouseUrl.Parse($"clickhouse://{servers.Nodes[0]},{servers.Nodes[1]}/hso_t_nocluster?cluster=no_such_cluster");
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => ClickHouseStore.OpenAsync(url, Ct));
        Assert.Contains("cluster 'no_such_cluster' is not configured", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoServer_IsUnavailable_NamingTheAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => ClickHouseStore.OpenAsync(ClickHouseUrl.Parse($"clickhouse://127.0.0.1:{port}/hso"), Ct));
        Assert.Contains($"cannot reach ClickHouse at 127.0.0.1:{port}", e.Message, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}
