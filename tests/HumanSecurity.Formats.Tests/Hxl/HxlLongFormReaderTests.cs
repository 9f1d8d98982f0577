using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Import;
using HumanSecurity.Observations;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Hxl;

/// <summary>The parallel long-form reader must accept, reject and report exactly what the general reader does.</summary>
public sealed class HxlLongFormReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private const string Messy = """
        District,Date,Indicator,Value,Sex,Status,Source
        #adm1+code,#date,#indicator+code,#value,#x_sex,#x_obsstatus,#meta+source
        XA01,2024-01-01,FLOOD,3,F,,
        XA02,2024-01-01,FLOOD,"1,234",M,E,ministry
        ,2024-01-01,FLOOD,1,F,,
        XA01,not a date,FLOOD,1,F,,
        XA01,2024-01-02,FLOOD,lots,F,,
        XA01,2024-01-02,,5,F,,
        XA01,2024-01-01,FLOOD,9,F,,
        ZZ99,2024-01-01,FLOOD,1,,,
        ZZ99,2024-01-02,FLOOD,1,,,
        XA02,2024-01-02,NEWIND,7,,,
        ,,,,,,
        XA02,2024-01-03,FLOOD,,F,,
        XA02,5 March 2024, LIT ,2.5, m ,,
        XA02,2024-Q2,LIT,1e3,,P,

        """;

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(Messy)]
    [InlineData("#adm1+code,#date,#indicator+code,#value\nXA01,2024,FLOOD,1\nXA02,2024,FLOOD,2\nXA01,2024,FLOOD,3\n")]
    [InlineData("Title row of a report,,,\n,,,\nArea,Year,What,How many\n#adm1+code,#date+year,#indicator,#value\nXA01,2023,LIT,10\nXA02,2023,LIT,11\n")]
    [InlineData("Area;Year;What;How many\n#adm1+code;#date;#indicator+code;#value\nXA01;2023;LIT;10\n\nXA02;2023;LIT;11,5\nXA02;2024;LIT;\"1 000\"\n")]
    public async Task SameObservationsAndProblemsAsTheGeneralReader(string text)
    {
        var path = _dir.File("data.csv");
        await File.WriteAllTextAsync(path, text.Replace("\r\n", "\n", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var general = ReadGeneral(path);
        var fast = await ReadFastAsync(path);

        Assert.Equal(general.Observations, fast.Observations);
        Assert.Equal(general.Problems, fast.Problems);
        Assert.Equal(general.Rows, fast.Rows);
        Assert.Equal(general.NewIndicators, fast.NewIndicators);
        Assert.NotEmpty(fast.Observations);
    }

    [Fact]
    public async Task MessyFile_ReportsEachBadCellWithItsLine()
    {
        var path = _dir.File("messy.csv");
        await File.WriteAllTextAsync(path, Messy, TestContext.Current.CancellationToken);
        var fast = await ReadFastAsync(path);
        Assert.Contains("messy.csv:5:#adm1+code: area is empty; expected an area code", fast.Problems);
        Assert.Contains("messy.csv:6:#date: 'not a date' is not a date or period; expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD", fast.Problems);
        Assert.Contains("messy.csv:7:#value: 'lots' is not a number", fast.Problems);
        Assert.Contains("messy.csv:8:#indicator+code: indicator code is empty", fast.Problems);
        Assert.Contains(fast.Problems, p => p.StartsWith("messy.csv:9:#value: duplicate observation FLOOD / XA01 / 2024-01-01", StringComparison.Ordinal) && p.EndsWith("first given on line 3", StringComparison.Ordinal));
        Assert.Single(fast.Problems, p => p.Contains("ZZ99", StringComparison.Ordinal));
        Assert.Equal(13, fast.Rows); // 14 data lines, one of them blank
        Assert.Contains("XA02/2024-01-01/1234/E/ministry", fast.Observations.Single(o => o.Contains("1234", StringComparison.Ordinal)));
    }

    private static readonly HashSet<string> Areas = ["XA01", "XA02"];
    private static readonly HashSet<string> Indicators = ["FLOOD", "LIT"];

    private sealed record Result(List<string> Observations, List<string> Problems, long Rows, List<string> NewIndicators);

    private static Result ReadGeneral(string path)
    {
        using var table = HxlReader.Open(path);
        var problems = new ProblemList();
        var layout = HxlLayoutResolver.Resolve(table, null, problems);
        var gate = new ObservationGate(Areas, Indicators, problems);
        var reader = new HxlObservationReader(table, layout, problems, "data.csv") { Gate = gate };
        var observations = reader.ReadChunks(3).SelectMany(c => c.Rows().ToList()).Select(Describe).ToList();
        return new Result(observations, Describe(problems), reader.Rows, [.. gate.NewIndicators.Keys.Order()]);
    }

    private static async Task<Result> ReadFastAsync(string path)
    {
        using var table = HxlReader.Open(path);
        var problems = new ProblemList();
        var layout = HxlLayoutResolver.Resolve(table, null, problems);
        Assert.True(HxlLongFormReader.Applies(path, layout));
        var gate = new ObservationGate(Areas, Indicators, problems);
        var reader = new HxlLongFormReader(path, table, layout, problems, "data.csv", gate);
        var observations = new List<string>();
        await reader.ReadAsync(chunk =>
        {
            observations.AddRange(chunk.Rows().Select(Describe));
            chunk.Clear();
            return ValueTask.FromResult(chunk);
        }, null, TestContext.Current.CancellationToken);
        return new Result(observations, Describe(problems), reader.Rows, [.. gate.NewIndicators.Keys.Order()]);
    }

    private static List<string> Describe(ProblemList problems) => [.. problems.Items.Select(p => $"{p.Location}: {p.Message}")];

    private static string Describe(Observation o) =>
        $"{o.Indicator}/{o.Area}/{o.Period}/{o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{o.Status}/{o.Source}/{o.Disaggregation}";
}
