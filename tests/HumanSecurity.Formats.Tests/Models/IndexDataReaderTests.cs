using HumanSecurity.Formats.Models;

namespace HumanSecurity.Formats.Tests.Models;

public sealed class IndexDataReaderTests
{
    [Fact]
    public void Read_InformLayout_BlankLinesAndXMissing()
    {
        var d = IndexDataReader.Read("COUNTRY,ISO3,Flood,DRR,\n\nA,AAA,1.5,x\n\nB,BBB,0.00E+00,2\n", "r.csv");
        Assert.Equal(["AAA", "BBB"], d.Units);
        Assert.True(double.IsNaN(d.Numeric["DRR"][0]));
        Assert.Equal(0, d.Numeric["Flood"][1]);
        Assert.Equal([3, 5], d.Lines);
    }

    [Fact]
    public void Read_TextCell_RecordedWithLineForLaterError()
    {
        var d = IndexDataReader.Read("unit,a\nu1,1\nu2,abc\n", "d.csv");
        Assert.Equal((3, "abc"), d.BadCells["a"]);
        Assert.False(d.Numeric.ContainsKey("a"));
    }

    [Fact]
    public void Read_NoUnitColumn_Error()
    {
        var e = Assert.Throws<InvalidInputException>(() => IndexDataReader.Read("name,a\nx,1\n", "d.csv"));
        Assert.Equal("d.csv:1", e.Problems[0].Location);
    }

    [Fact]
    public void Read_DuplicateHeader_Error()
    {
        var e = Assert.Throws<InvalidInputException>(() => IndexDataReader.Read("unit,a,a\nx,1,2\n", "d.csv"));
        Assert.Equal("d.csv:1:a", e.Problems[0].Location);
    }

    [Fact]
    public void Read_TimeColumn_Parsed()
    {
        var d = IndexDataReader.Read("unit,Time,a\nx,2020,1\nx,2021,2\n", "d.csv");
        Assert.Equal([2020, 2021], d.Time!);
    }
}
