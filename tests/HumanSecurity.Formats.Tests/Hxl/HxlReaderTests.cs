using HumanSecurity.Formats.Hxl;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Hxl;

public class HxlReaderTests
{
    private static readonly string[] ValidTags = ["", "#sector+es", "#subsector+es", "#org+es", "#targeted+f", "#targeted+m", "#country", "#adm1", "#date+reported"];

    [Theory]
    [InlineData("libhxl-python_input-valid.csv")]
    [InlineData("libhxl-python_input-valid.tsv")]
    [InlineData("libhxl-python_input-valid-latin1.csv")]
    [InlineData("libhxl-python_input-valid.json")]
    public void Open_ValidFixtures_TagRowThirdAndFourRows(string name)
    {
        using var t = HxlReader.Open(Fixtures.Get("hxl", name));
        Assert.Equal(3, t.TagRowLine);
        Assert.Equal(ValidTags, t.Columns.Select(c => c.Spec?.Display ?? ""));
        Assert.Null(t.Columns[0].Spec);
        Assert.Null(t.Columns[8].Header);
        Assert.Equal("Organización", t.Columns[3].Header);
        var rows = t.Rows().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("Panamá", rows[0].Cell(6));
        Assert.Equal("Chocó", rows[2].Cell(7));
    }

    [Fact]
    public void Open_ObjectsJson_KeysAreTags()
    {
        using var t = HxlReader.Open(Fixtures.Get("hxl", "libhxl-python_input-valid-objects.json"));
        Assert.Equal(ValidTags, t.Columns.Select(c => c.Spec?.Display ?? ""));
        Assert.Equal(4, t.Rows().Count());
    }

    [Fact]
    public void Open_MultipleHeaders_KeepsRawValueAndLines()
    {
        using var t = HxlReader.Open(Fixtures.Get("hxl", "libhxl-python_input-multiple-headers.csv"));
        Assert.Equal(["#org", "", "#adm1", "#affected"], t.Columns.Select(c => c.Spec?.Display ?? ""));
        var rows = t.Rows().ToList();
        Assert.Equal(" 100", rows[0].Cell(3));
        Assert.Equal(4, rows[0].Line);
        Assert.Equal("No hashtag", t.Columns[1].Header);
    }

    [Fact]
    public void Open_Fuzzy_AcceptedByPythonRuleRejectedStrict()
    {
        var path = Fixtures.Get("hxl", "libhxl-python_input-fuzzy.csv");
        using (var t = HxlReader.Open(path))
        {
            Assert.Equal(3, t.TagRowLine);
            Assert.Null(t.Columns[6].Spec);
            Assert.Equal("country", t.Columns[6].RawTag);
        }
        var e = Assert.Throws<InvalidInputException>(() => HxlReader.Open(path, strict: true));
        Assert.Contains("no HXL hashtag row", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("libhxl-python_input-invalid.csv")]
    [InlineData("libhxl-python_input-untagged.csv")]
    public void Open_NoTagRow_Throws(string name)
    {
        var e = Assert.Throws<InvalidInputException>(() => HxlReader.Open(Fixtures.Get("hxl", name)));
        Assert.StartsWith(name, e.Problems[0].Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Multiline_KeepsLineBreaks()
    {
        using var t = HxlReader.Open(Fixtures.Get("hxl", "libhxl-python_input-multiline.csv"));
        Assert.Equal("Line 1\nLine 2\nLine 3", t.Rows().Single().Cell(0));
    }

    [Fact]
    public void TagRowOnTheFirstLine_IsLineOne()
    {
        // Sep numbers the first record line 2 when a file has no header row; DelimitedText corrects it.
        using var t = HxlReader.FromText("#adm1+code,#value\nXA01,1\n", "t.csv");
        Assert.Equal(1, t.TagRowLine);
        Assert.Equal(2, t.Rows().Single().Line);
    }
}
