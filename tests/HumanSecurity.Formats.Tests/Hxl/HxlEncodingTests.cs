using System.Text;
using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Hxl;

public class HxlEncodingTests
{
    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8bom")]
    [InlineData("latin1")]
    [InlineData("utf16")]
    public void Open_AnyEncoding_SameText(string encoding)
    {
        using var dir = new TempDirectory();
        var path = dir.File("e.csv");
        const string text = "Départment,Personnes\n#adm1+name,#affected\nChocó,12\n";
        Encoding e = encoding switch { "utf8" => new UTF8Encoding(false), "utf8bom" => new UTF8Encoding(true), "latin1" => Encoding.Latin1, _ => Encoding.Unicode };
        File.WriteAllText(path, text, e);
        using var t = HxlReader.Open(path);
        Assert.Equal("Départment", t.Columns[0].Header);
        Assert.Equal("Chocó", t.Rows().Single().Cell(0));
    }

    [Fact]
    public void Open_Semicolons_Detected()
    {
        using var t = HxlReader.FromText("a;b\n#adm1+code;#affected\nCF11;3\n", "s.csv");
        Assert.Equal(["#adm1+code", "#affected"], t.Columns.Select(c => c.Spec!.Display));
    }

    [Fact]
    public void SdmxCsv10_SemicolonAndDecimalComma()
    {
        var ds = SdmxCsvReader.ReadText("DATAFLOW;REF_AREA;TIME_PERIOD;OBS_VALUE\nESTAT:X(1.0);BE;2020;12,5\n", "s.csv");
        Assert.Equal("12.5", ds.Observations.Single().Get("OBS_VALUE"));
        Assert.Equal(12.5, SdmxObservationMapper.Map(ds, null, new ProblemList()).Single().Value);
    }
}
