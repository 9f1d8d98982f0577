namespace HumanSecurity.Cli.Tests;

public sealed class BuiltInModelsTests
{
    [Theory]
    [InlineData("human-security")]
    [InlineData("inform-risk-2020")]
    [InlineData("compound-risk.yaml")]
    public void Resolve_BuiltInName_FindsShippedModel(string name)
    {
        var path = BuiltInModels.Resolve(name);
        Assert.True(File.Exists(path), $"{name} resolved to {path}");
        Assert.StartsWith(BuiltInModels.Directory, path, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownName_ReturnsArgumentUnchanged() => Assert.Equal("no-such-model", BuiltInModels.Resolve("no-such-model"));

    [Fact]
    public void Names_ListsTheShippedModels() =>
        Assert.Equal(["compound-risk", "human-security", "inform-risk-2016", "inform-risk-2018", "inform-risk-2020"], BuiltInModels.Names);
}
