using System.Text;
using HumanSecurity.Formats.Tests.Csv;

namespace HumanSecurity.Formats.Tests.Text;

/// <summary>Issue 10, defect 9: a 10 MB code gave 10 MB of stderr, terminal escapes were echoed raw, NUL bytes
/// silently cut stored text and invalid UTF-8 was replaced without a word. Now: bounded, escaped, located errors.</summary>
public sealed class EchoedInputTests : ImportTestBase
{
    private string WriteBytes(string name, params byte[][] parts)
    {
        var path = Dir.File(name);
        File.WriteAllBytes(path, [.. parts.SelectMany(p => p)]);
        return path;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public async Task HugeCode_ErrorIsOneShortLine()
    {
        var errors = await FailFileAsync("observations", WriteExact("o.csv", "indicator,area,period,value\nFLOOD," + new string('Z', 10 << 20) + ",2024,1\n"));
        var error = Assert.Single(errors);
        Assert.Equal("o.csv:2:area", error.Location);
        Assert.True(error.ToString().Length < 400, error.ToString().Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("… (10,485,760 chars)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TerminalEscapeInValue_EchoedEscaped()
    {
        var error = Assert.Single(await FailAsync("observations", "o.csv", "indicator,area,period,value\nFLOOD,\u001B]0;owned\u0007XA01,2024,1"));
        Assert.DoesNotContain('\u001B', error.ToString());
        Assert.Contains("\\u001B]0;owned\\u0007XA01", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("observations")]
    [InlineData("hxl")]
    [InlineData("sdmx-csv")]
    public async Task NulByte_LocatedErrorNotCutText(string format)
    {
        var header = format switch
        {
            "hxl" => "#adm1+code,#date,#indicator+code,#value,#meta+source\n",
            "sdmx-csv" => "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,SOURCE\n",
            _ => "indicator,area,period,value,source\n",
        };
        var row = format switch
        {
            "hxl" => "XA01,2024,FLOOD,1,",
            "sdmx-csv" => "HSO:T(1.0),XA01,FLOOD,2024,1,",
            _ => "FLOOD,XA01,2024,1,",
        };
        var path = WriteBytes("f.csv", Utf8(header + row + "a\n" + row.Replace("2024", "2023", StringComparison.Ordinal) + "survey"), [0], Utf8("tail\n"));
        var error = Assert.Single(await FailFileAsync(format, path));
        Assert.Equal("f.csv:3", error.Location);
        Assert.Contains("NUL byte", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("observations")]
    [InlineData("hxl")]
    public async Task InvalidUtf8AfterTheFirstMegabyte_LocatedError(string format)
    {
        // The first megabyte is valid UTF-8 (so the file is read as UTF-8); a Latin-1 'é' (E9) comes later.
        var header = format == "hxl" ? "#adm1+code,#date,#indicator+code,#value,#meta+source\n" : "indicator,area,period,value,source\n";
        var good = new StringBuilder(header);
        var line = 2;
        for (; good.Length < 1_200_000; line++)
            good.Append(format == "hxl" ? "XA01," : "FLOOD,XA01,").Append(1000 + line).Append(format == "hxl" ? ",FLOOD,1,s\n" : ",1,s\n");
        var path = WriteBytes("u.csv", Utf8(good.ToString()), Utf8(format == "hxl" ? "XA02,2024,FLOOD,1,caf" : "FLOOD,XA02,2024,1,caf"), [0xE9], Utf8("\n"));
        var error = Assert.Single(await FailFileAsync(format, path));
        Assert.Equal($"u.csv:{line}", error.Location);
        Assert.Contains("not UTF-8 (E9", error.Message, StringComparison.Ordinal);
    }
}
