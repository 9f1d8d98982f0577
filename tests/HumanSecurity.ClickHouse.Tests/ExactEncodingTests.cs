using System.Globalization;
using HumanSecurity.ClickHouse.Surveys;
using HumanSecurity.Testing;

namespace HumanSecurity.ClickHouse.Tests;

/// <summary>What the pushdown relies on from the server, checked against the running ClickHouse: doubles written by
/// <see cref="ExactNumber"/> evaluate to the same double and come back exactly through TSV; <see cref="TextCodes.HalfMd5"/>
/// is the server's <c>halfMD5</c>.</summary>
public sealed class ExactEncodingTests(ClickHouseServers servers) : IAsyncDisposable
{
    private readonly ClickHouseTestStores _stores = new(servers);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExactNumber_RoundTripsEveryDouble()
    {
        var rng = new Random(20261204);
        var values = new List<double> { 0.1, 1.0 / 3, -2.5, 6, 150.25, 1e-310, double.Epsilon, 1e300, -1e-5, 123456789.123456789, 0 };
        for (var i = 0; i < 60; i++) values.Add(BitConverter.Int64BitsToDouble(rng.NextInt64()) is var d && double.IsFinite(d) ? d : rng.NextDouble());
        await using var store = await _stores.CreateAsync(sharded: false, Ct);
        var sql = "SELECT " + string.Join(", ", values.Select(ExactNumber.Sql));
        var row = (await store.Home.QueryAsync(sql, Ct))[0];
        for (var i = 0; i < values.Count; i++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(values[i]), BitConverter.DoubleToInt64Bits(Http.TsvReader.Double(row[i])));
    }

    [Fact]
    public async Task HalfMd5_EqualsServer()
    {
        string[] texts = ["", "wood", "Côte d'Ivoire", "日本", " tab\there ", "a'b\\c"];
        await using var store = await _stores.CreateAsync(sharded: false, Ct);
        var rows = await store.Home.QueryAsync("SELECT v, halfMD5(v) FROM hso_t", Ct, Http.ExternalTable.Strings("hso_t", texts));
        Assert.Equal(texts.Length, rows.Count);
        foreach (var r in rows) Assert.Equal(TextCodes.HalfMd5(r[0]!).ToString(CultureInfo.InvariantCulture), r[1]);
    }

    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}
