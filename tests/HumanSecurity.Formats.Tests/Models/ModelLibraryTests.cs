using HumanSecurity.Formats.Models;
using HumanSecurity.Runs;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Models;

/// <summary>The one model resolver on temporary model folders, before and after a model gets releases
/// (<c>inform-risk.yaml</c> alone; <c>inform-risk-2016.yaml</c> … beside or instead of it).</summary>
public sealed class ModelLibraryTests
{
    private static string Model(string name, string title) => $"name: {name}\ntitle: {title}\nindicators:\n  - {{code: a, parent: P}}\nnodes:\n  - {{code: P}}\n";

    private static ModelLibrary Library(TempDirectory dir, params string[] files)
    {
        foreach (var f in files) dir.Write(Path.Combine("models", f + ".yaml"), Model(f, "title of " + f));
        return new ModelLibrary(dir.File("models"));
    }

    [Fact]
    public void Load_PlainNameOnly_ThatFile()
    {
        using var dir = new TempDirectory();
        var lib = Library(dir, "inform-risk", "human-security");
        var m = lib.Load("inform-risk");
        Assert.Equal(("inform-risk", null, ModelIdentity.BuiltIn), (m.Identity.Name, m.Identity.Release, m.Identity.Origin));
        Assert.Equal(dir.File("models/inform-risk.yaml"), m.Identity.Path);
        Assert.Equal(m.Identity.Path, lib.Load("inform-risk.yaml").Identity.Path);
    }

    [Fact]
    public void Load_OnlyReleases_PlainNameIsTheNewest()
    {
        using var dir = new TempDirectory();
        var lib = Library(dir, "inform-risk-2016", "inform-risk-2020", "inform-risk-2017", "inform-risk-2019");
        Assert.Equal("2020", lib.Load("inform-risk").Identity.Release);
        Assert.Equal("inform-risk-2020", lib.Load("inform-risk").Model.Name);
        Assert.Equal("2017", lib.Load("inform-risk:2017").Identity.Release);
        Assert.Equal("inform-risk:2017", lib.Load("inform-risk:2017").Identity.Reference);
        Assert.Equal("2019", lib.Load("inform-risk-2019").Identity.Release);
        Assert.Equal(["inform-risk"], lib.Names);
        Assert.Equal(["2016", "2017", "2019", "2020"], lib.Entries.Select(e => e.Release));
    }

    [Fact]
    public void Load_PlainFileBesideReleases_PlainNameIsThePlainFile()
    {
        using var dir = new TempDirectory();
        var lib = Library(dir, "inform-risk", "inform-risk-2016");
        Assert.Null(lib.Load("inform-risk").Identity.Release);
        Assert.Equal("2016", lib.Load("inform-risk:2016").Identity.Release);
    }

    [Theory]
    [InlineData("0.4.0", "0.10.0")]
    [InlineData("2019", "2020")]
    [InlineData("2018", "2018-mid")]
    [InlineData("2020", "2020.1")]
    public void ReleaseComparer_YearsAndVersions(string older, string newer)
    {
        Assert.True(ReleaseComparer.Instance.Compare(older, newer) < 0);
        Assert.True(ReleaseComparer.Instance.Compare(newer, older) > 0);
    }

    [Fact]
    public void Load_UnknownRelease_ListsTheReleases()
    {
        using var dir = new TempDirectory();
        var lib = Library(dir, "inform-risk-2016", "inform-risk-2020");
        var e = Assert.Throws<InvalidInputException>(() => lib.Load("inform-risk:2018"));
        Assert.Contains("releases of inform-risk: 2016, 2020", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownName_ListsTheLibrary()
    {
        using var dir = new TempDirectory();
        var lib = Library(dir, "compound-risk", "inform-risk-2016");
        var e = Assert.Throws<InvalidInputException>(() => lib.Load("no-such-model"));
        Assert.Equal("--model", e.Problems[0].Location);
        Assert.Contains("built-in models: compound-risk, inform-risk:2016", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FilePath_OriginFileSameHashAsTheBuiltIn()
    {
        using var dir = new TempDirectory();
        var lib = Library(dir, "human-security");
        var copy = dir.Write("elsewhere/hs.yaml", Model("human-security", "title of human-security").Replace("\n", "\r\n", StringComparison.Ordinal));
        var file = lib.Load(copy);
        Assert.Equal((ModelIdentity.File, Path.GetFullPath(copy)), (file.Identity.Origin, file.Identity.Path));
        Assert.Equal(lib.Load("human-security").Identity.Hash, file.Identity.Hash);
        Assert.Throws<InvalidInputException>(() => lib.Load(dir.File("elsewhere/missing.yaml")));
    }

    [Fact]
    public void BuiltIn_ShippedModels_LoadAndCompile()
    {
        var lib = new ModelLibrary(Path.Combine(Fixtures.RepoRoot, "models"));
        Assert.Contains("human-security", lib.Names);
        Assert.Contains("compound-risk", lib.Names);
        Assert.Contains("inform-risk", lib.Names);
        foreach (var e in lib.Entries) Assert.Equal(e.Path, lib.Load(e.Reference).Identity.Path);
    }
}
