using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Inspection;

namespace HumanSecurity.Formats.Tests.Csv;

public sealed class DatasetImportersTests
{
    [Theory]
    [InlineData("a.csv", "code,name,kind,parent,population,period", "areas")]
    [InlineData("a.csv", "\uFEFFcode,name,kind,parent", "areas")]
    [InlineData("i.csv", "code,name,unit,direction,cluster", "indicators")]
    [InlineData("o.csv", "indicator,area,period,value,sex", "observations")]
    [InlineData("w.csv", "area,period,FLOOD,LIT", "observations-wide")]
    [InlineData("c.yaml", "indicators:", "indicators-yaml")]
    public void Detect_FromHeader_PicksFormat(string file, string header, string format)
    {
        Assert.Equal(format, FormatDetector.Detect(new FileHead(file, [header.TrimStart('\uFEFF'), "x"])));
    }

    [Fact]
    public void Detect_UnknownHeader_IsPlainCsv() => Assert.Equal("csv", FormatDetector.Detect(new FileHead("x.csv", ["foo,bar"])));

    [Fact]
    public void Resolve_PlainCsv_CannotTellTheFormat()
    {
        using var dir = new Testing.TempDirectory();
        var path = dir.Write("x.csv", "foo,bar\n1,2\n");
        var e = Assert.Throws<InvalidInputException>(() => DatasetImporters.Resolve(path, null));
        Assert.Equal("x.csv:1", e.Problems[0].Location);
        Assert.StartsWith("cannot tell the format: the file reads as csv", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownFormat_NamesKnownFormats()
    {
        var e = Assert.Throws<InvalidInputException>(() => DatasetImporters.Resolve("x.csv", "parquet"));
        Assert.StartsWith("unknown format 'parquet'; expected one of ", e.Problems[0].Message, StringComparison.Ordinal);
        foreach (var known in DatasetImporters.All.Select(i => i.Format))
            Assert.Contains(known, e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileHead_Read_StripsBom()
    {
        using var dir = new Testing.TempDirectory();
        var path = dir.File("b.csv");
        File.WriteAllText(path, "code,name,kind\nX,Y,country\n", new System.Text.UTF8Encoding(true));
        var head = FileHead.Read(path);
        Assert.Equal(["code", "name", "kind"], head.HeaderColumns);
        Assert.Equal(2, head.Lines.Count(l => l.Length > 0));
    }
}
