using HumanSecurity.Formats.Hxl;

namespace HumanSecurity.Formats.Tests.Hxl;

public class HxlTagPatternTests
{
    private static HxlTagSpec Col(string s) => HxlTagSpec.Parse(s);

    [Fact]
    public void Parse_SpacesAndNoHash_ReadsIncludeAndExclude()
    {
        var p = HxlTagPattern.Parse("   tag +foo  -xxx  ");
        Assert.Equal("#tag", p.Tag);
        Assert.Equal(["foo"], p.Include);
        Assert.Equal(["xxx"], p.Exclude);
    }

    [Theory]
    [InlineData("#Tag", "#tag+foo+bar", true)]
    [InlineData("#tag+fOO", "#tag+foo+bar", true)]
    [InlineData("#foo+a!", "#foo+a", true)]
    [InlineData("#foo+a!", "#foo", false)]
    [InlineData("#foo+a!", "#foo+a+b", false)]
    [InlineData("*+foo", "#tag+foo+bar", true)]
    [InlineData("*-foo", "#tag+foo+bar", false)]
    [InlineData("*+xxx", "#tag+foo+bar", false)]
    [InlineData("#adm1+code-iso", "#adm1+code+pcode", true)]
    [InlineData("#*+x", "#foo+x", true)]
    [InlineData("#*+x", "#foo", false)]
    [InlineData("#affected+f-children", "#affected+f+adults", true)]
    [InlineData("#affected+f-children", "#affected+f+children", false)]
    public void Matches_LibhxlFacts(string pattern, string column, bool expected) =>
        Assert.Equal(expected, HxlTagPattern.Parse(pattern).Matches(Col(column)));

    [Fact]
    public void Matches_UntaggedColumn_False() => Assert.False(HxlTagPattern.Parse("#*").Matches(null));

    [Theory]
    [InlineData("#abc+x=y")]
    [InlineData("#foo-a!")]
    [InlineData("")]
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(HxlTagPattern.TryParse(text, out _));

    [Fact]
    public void ParseList_CommaSeparated_ReadsAll() => Assert.Equal(2, HxlTagPattern.ParseList("#affected+f,#inneed+f").Count);
}
