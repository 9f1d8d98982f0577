namespace HumanSecurity.ClickHouse.Tests;

public sealed class ClickHouseUrlTests
{
    [Fact]
    public void Parse_SingleNode_DefaultsPortUserAndDatabase()
    {
        var url = ClickHouseUrl.Parse("clickhouse://ch.example.org");
        Assert.Equal([new Uri("http://ch.example.org:8123/")], url.Nodes);
        Assert.Equal(("hso", "default", "", (string?)null), (url.Database, url.User, url.Password, url.Cluster));
    }

    [Fact]
    public void Parse_ShardsWithCredentials_KeepsPasswordOutOfDisplay()
    {
        var url = ClickHouseUrl.Parse("clickhouse://ana:s%40cret@10.0.0.1:8124,10.0.0.2/census?cluster=two");
        Assert.Equal(["10.0.0.1:8124", "10.0.0.2:8123"], url.Nodes.Select(n => n.Authority));
        Assert.Equal(("census", "two", "ana", "s@cret"), (url.Database, url.Cluster, url.User, url.Password));
        Assert.DoesNotContain("cret", url.Display, StringComparison.Ordinal);
        Assert.Equal("clickhouse://10.0.0.1:8124,10.0.0.2:8123/census?cluster=two", url.Display);
    }

    [Theory]
    [InlineData("http://localhost:8123/hso", "scheme://hosts/database")]
    [InlineData("clickhouse://localhost:99999/hso", "port")]
    [InlineData("clickhouse://localhost/my-db", "database 'my-db'")]
    [InlineData("clickhouse://a:1,b:2/hso", "several hosts need ?cluster=NAME")]
    [InlineData("clickhouse://a:1/hso?cluster=x", "HTTP address of every shard")]
    [InlineData("clickhouse://a:1,b:2/hso?cluster=x;drop", "cluster 'x;drop'")]
    [InlineData("clickhouse://a/hso?replicas=2", "unknown parameter 'replicas'")]
    public void Parse_Invalid_SaysWhatAndExpectedForm(string text, string reason)
    {
        var e = Assert.Throws<InvalidInputException>(() => ClickHouseUrl.Parse(text));
        var message = e.Problems[0].Message;
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.Contains(ClickHouseUrl.ExpectedForm, message, StringComparison.Ordinal);
        Assert.Equal("--clickhouse-url", e.Problems[0].Location);
    }
}
