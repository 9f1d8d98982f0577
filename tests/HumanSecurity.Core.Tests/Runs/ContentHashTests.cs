using HumanSecurity.Runs;

namespace HumanSecurity.Core.Tests.Runs;

public sealed class ContentHashTests
{
    [Fact]
    public void OfText_LineEndingsAndBom_SameHash()
    {
        var lf = ContentHash.OfText("name: m\nindicators: []\n");
        Assert.Equal(lf, ContentHash.OfText("name: m\r\nindicators: []\r\n"));
        Assert.Equal(lf, ContentHash.OfText("name: m\rindicators: []\r"));
        Assert.Equal(lf, ContentHash.OfText("\uFEFFname: m\nindicators: []\n"));
        Assert.NotEqual(lf, ContentHash.OfText("name: m\nindicators: [] \n"));
    }

    [Fact]
    public void OfText_IsSha256OfUtf8Text()
    {
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.OfText("abc"));
        Assert.Equal(ContentHash.OfBytes("é\n"u8), ContentHash.OfText("é\r\n"));
    }

    [Fact]
    public void EngineInfo_FromInformationalVersion_SplitsCommit()
    {
        Assert.Equal(new EngineInfo("hso", "0.1.0", "abc123"), EngineInfo.FromInformationalVersion("0.1.0+abc123"));
        Assert.Equal(new EngineInfo("hso", "0.1.0", null), EngineInfo.FromInformationalVersion("0.1.0"));
        Assert.Equal("0.0.0", EngineInfo.FromInformationalVersion(null).Version);
    }

    [Fact]
    public void EngineInfo_Current_CarriesTheBuildCommit()
    {
        // Built from a git checkout (the repository, CI's clean clone): the SDK embeds the commit (Source Link).
        if (!Path.Exists(Path.Combine(HumanSecurity.Testing.Fixtures.RepoRoot, ".git"))) return;
        Assert.Matches("^[0-9a-f]{40}$", EngineInfo.Current.Commit ?? "");
    }
}
