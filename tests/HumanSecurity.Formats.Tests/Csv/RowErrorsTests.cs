using System.Globalization;
using HumanSecurity.Formats.Import;

namespace HumanSecurity.Formats.Tests.Csv;

/// <summary>Issue 10, defects 1, 2 and 5: many row errors found by parallel parsers are counted exactly, reported in file
/// order at their true lines (also in a last row without a line break), bounded on output; rows that are cut, ragged or
/// hold an unclosed quote are located errors, never silently dropped or read into the wrong column; a header-only file
/// is an error.</summary>
public sealed class RowErrorsTests : ImportTestBase
{
    private static string Rows(int n, Func<int, string> row, string header) =>
        header + "\n" + string.Join('\n', Enumerable.Range(0, n).Select(row));

    private async Task<InvalidInputException> RejectAsync(string format, string path, int maxErrors = 100)
    {
        var importer = DatasetImporters.Find(format)!;
        return await Assert.ThrowsAsync<InvalidInputException>(() => importer.ImportAsync(new ImportRequest(path) { MaxErrors = maxErrors }, Store, null, Ct));
    }

    [Fact]
    public async Task LongCsv_300kUnknownAreas_ExactTotalFirst100InFileOrder_SameEveryRun()
    {
        // Every row an unknown area (observations before the gazetteer): the parallel workers record 300,000 problems.
        var path = WriteExact("o.csv", Rows(300_000, i => $"FLOOD,ZZ{i},2024,1", "indicator,area,period,value") + "\n");
        for (var run = 0; run < 3; run++)
        {
            var e = await RejectAsync("observations", path);
            Assert.Equal(101, e.Problems.Count);
            Assert.Equal(Enumerable.Range(2, 100).Select(l => $"o.csv:{l}:area"), e.Problems.Take(100).Select(p => p.Location));
            Assert.Equal("unknown area 'ZZ0'; expected an area in the store (import the gazetteer first)", e.Problems[0].Message);
            Assert.Equal("and 299,900 more error(s) not shown (300,000 in all)", e.Problems[^1].Message);
        }
    }

    [Fact]
    public async Task LongCsv_EveryRowBad_NoFinalLineBreak_EachErrorAtItsOwnLine()
    {
        // Lines across Sep's parallel batches (512 rows) and the last row without a line break (reported at line 2 before).
        var path = WriteExact("o.csv", Rows(3000, i => $"FLOOD,XA01,{2000 + i},bad{i}", "indicator,area,period,value"));
        var e = await RejectAsync("observations", path, maxErrors: 10_000);
        Assert.Equal(Enumerable.Range(2, 3000).Select(l => $"o.csv:{l}:value"), e.Problems.Select(p => p.Location));
        Assert.Equal("'bad2999' is not a number; expected a finite decimal number such as 12.5", e.Problems[^1].Message);
    }

    [Fact]
    public async Task LongCsv_ErrorInLastRowWithoutLineBreak_ReportedAtThatLine()
    {
        var errors = await FailFileAsync("observations", WriteExact("o.csv", "indicator,area,period,value\nFLOOD,XA01,2024,1\nFLOOD,XA02,2024,1\nFLOOD,XA01,2023,x"));
        Assert.Equal("o.csv:4:value", Assert.Single(errors).Location);
    }

    [Fact]
    public async Task Hxl_50kBadValues_ExactTotalFirst100InFileOrder()
    {
        var path = WriteExact("h.csv", Rows(50_000, i => $"XA01,{2000 + i % 20},FLOOD,n{i}", "#adm1+code,#date,#indicator+code,#value"));
        for (var run = 0; run < 2; run++)
        {
            var e = await RejectAsync("hxl", path);
            Assert.Equal(Enumerable.Range(2, 100).Select(l => $"h.csv:{l}:#value"), e.Problems.Take(100).Select(p => p.Location));
            Assert.Equal("and 49,900 more error(s) not shown (50,000 in all)", e.Problems[^1].Message);
        }
    }

    private const string HxlHeader = "#adm1+code,#date,#indicator+code,#value,#x_sex,#x_age,#x_group,#x_disability,#x_urbanisation,#x_obsstatus,#meta+source";

    [Fact]
    public async Task Hxl_CutLastRow_LocatedErrorNotAWrongValue()
    {
        // The last row lost 7 of its 11 cells, and the value 12.8 became 1: it used to be imported as 1.
        var errors = await FailFileAsync("hxl", WriteExact("h.csv", HxlHeader + "\nXA01,2024,FLOOD,3,F,,,,,,\nXA02,2024,FLOOD,1"));
        var error = Assert.Single(errors);
        Assert.Equal("h.csv:3", error.Location);
        Assert.StartsWith("row has 4 cell(s); expected 11 like the hashtag row on line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hxl_StraySeparator_TextBeyondTheTagRow_LocatedError()
    {
        var errors = await FailFileAsync("hxl", WriteExact("h.csv", "#adm1+code,#date,#indicator+code,#value\nXA01,2024,FLOOD,1\nXA02,2024,FLOOD,1,5\n"));
        Assert.Equal("h.csv:3", Assert.Single(errors).Location);
    }

    [Fact]
    public async Task Hxl_UnclosedQuoteInLastRow_LocatedError()
    {
        var errors = await FailFileAsync("hxl", WriteExact("h.csv", "#adm1+code,#date,#indicator+code,#value\nXA01,2024,FLOOD,1\nXA02,2024,FLOOD,\"12.8"));
        var error = Assert.Single(errors);
        Assert.Equal("h.csv:3", error.Location);
        Assert.Contains("quoted cell is not closed", error.Message, StringComparison.Ordinal);
    }

    private static string Sdmx(params string[] rows) =>
        "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" + string.Join('\n', rows);

    private static IEnumerable<string> Twelve(int skip) => Enumerable.Range(0, 12).Where(i => i != skip)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"HSO:T(1.0),XA0{1 + i % 2},FLOOD,{2000 + i},{i}.5"));

    [Fact]
    public async Task SdmxCsv_StrayQuoteOnLine7_LocatedErrorNotFiveOfTwelve()
    {
        var rows = Twelve(-1).ToArray();
        rows[5] = "HSO:T(1.0),XA02,FLOOD,2005,\"5.5";
        var errors = await FailFileAsync("sdmx-csv", WriteExact("s.csv", Sdmx(rows) + "\n"));
        Assert.Equal("s.csv:7", errors[0].Location);
    }

    [Fact]
    public async Task SdmxCsv_ShortRowInTheMiddle_LocatedError()
    {
        var rows = Twelve(-1).ToArray();
        rows[3] = "HSO:T(1.0),XA02,FLOOD,2003";
        var error = Assert.Single(await FailFileAsync("sdmx-csv", WriteExact("s.csv", Sdmx(rows) + "\n")));
        Assert.Equal(("s.csv:5", "row has 4 cell(s); expected 5 like the header (a cut row, a stray separator or quote?)"), (error.Location, error.Message));
    }

    [Fact]
    public async Task SdmxCsv_TruncatedLastRow_LocatedError()
    {
        var text = Sdmx([.. Twelve(-1)]);
        var error = Assert.Single(await FailFileAsync("sdmx-csv", WriteExact("s.csv", text[..^8])));
        Assert.Equal("s.csv:13", error.Location);
    }

    [Theory]
    [InlineData("observations", "indicator,area,period,value\n")]
    [InlineData("observations-wide", "area,period,FLOOD\n")]
    [InlineData("hxl", "#adm1+code,#date,#indicator+code,#value\n")]
    [InlineData("sdmx-csv", "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n")]
    [InlineData("areas", "code,name,kind,parent,population,period\n")]
    [InlineData("indicators", "code,name,unit,direction\n")]
    public async Task HeaderOnlyFile_IsAnError_NoEmptyDataset(string format, string text)
    {
        var error = Assert.Single(await FailFileAsync(format, WriteExact("h.csv", text)));
        Assert.Equal("h.csv:2", error.Location);
        Assert.Contains("no data rows", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("areas", "code,name,kind,parent,population,period\nXB,Ybaria,country,,1,2024\nXB01,\"North,admin1,XB,1,2024")]
    [InlineData("observations-wide", "area,period,FLOOD\nXA01,2024,1\nXA02,2024,\"2")]
    public async Task SerialCsv_UnclosedQuoteInLastRow_LocatedError(string format, string text)
    {
        var error = Assert.Single(await FailFileAsync(format, WriteExact("q.csv", text)));
        Assert.Equal("q.csv:3", error.Location);
        Assert.Contains("quoted cell is not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongCsv_UnclosedQuoteInLastRow_LocatedError()
    {
        var error = Assert.Single(await FailFileAsync("observations", WriteExact("o.csv", "indicator,area,period,value,source\nFLOOD,XA01,2024,1,a\nFLOOD,XA02,2024,2,\"note")));
        Assert.Equal("o.csv:3", error.Location);
        Assert.Contains("quoted cell is not closed", error.Message, StringComparison.Ordinal);
    }

    // Found by the fuzz harness: each exited 70 (Sep's ArgumentException for a repeated header name; DuckDB's parser
    // error for a survey column without a name).
    [Theory]
    [InlineData("observations", "indicator,area,period,value,value\nFLOOD,XA01,2024,1,2\n", "names a column more than once")]
    [InlineData("programmes", "id,title,title\nP1,a,b\n", "names a column more than once")]
    [InlineData("survey", "hh_id,hh_weight,hh_weight\n1,1,1\n", "names a column more than once")]
    [InlineData("survey", "hh_id,hh_weight,,d_x\n1,1,2,0\n", "column 3 has no name")]
    public async Task BadHeader_LocatedErrorNotInternal(string format, string text, string message)
    {
        var error = Assert.Single(await FailFileAsync(format, WriteExact("h_households.csv", text)));
        Assert.Equal("h_households.csv:1", error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
