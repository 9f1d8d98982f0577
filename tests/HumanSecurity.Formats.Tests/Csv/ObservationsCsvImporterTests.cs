using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Tests.Csv;

public sealed class ObservationsCsvImporterTests : ImportTestBase
{
    private const string Good = """
        indicator,area,period,value,sex,group,status,source
        FLOOD,XA01,2024,12.5,,,P,survey A
        FLOOD,XA01,2024,13,F,,,
        FLOOD,XA01,2024,12,M,,,
        FLOOD,XA02,2024,20,,REF,,
        LIT,XA02,2024-Q1,80,,,,
        """;

    [Fact]
    public async Task Import_GoodFile_StoresEveryRowWithDatasetProvenance()
    {
        var result = await ImportAsync("observations", "obs.csv", Good);
        Assert.Equal(5, result.Rows);
        Assert.NotNull(result.Dataset);
        Assert.Equal(("obs.csv", 5L, DatasetKind.Observations), (result.Dataset.SourceFile, result.Dataset.RowCount, result.Dataset.Kind));
        Assert.Equal(64, result.Dataset.Sha256.Length);
        var rows = new List<Observation>();
        await foreach (var c in Store.GetObservationsAsync(new ObservationQuery { TotalsOnly = false }, Ct)) rows.AddRange(c.Rows());
        Assert.Equal(5, rows.Count);
        var first = rows.Single(r => r is { Area: "XA01", Disaggregation.IsTotal: true });
        Assert.Equal((12.5, "P", "survey A"), (first.Value, first.Status, first.Source));
        Assert.Equal("REF", rows.Single(r => r.Area == "XA02" && r.Indicator == "FLOOD").Disaggregation.Group);
        Assert.Equal(Period.FromQuarter(2024, 1), rows.Single(r => r.Indicator == "LIT").Period);
    }

    [Fact]
    public async Task Import_WithBom_ReadsHeader()
    {
        var result = await ImportAsync("observations", "bom.csv", Good, bom: true);
        Assert.Equal(5, result.Rows);
    }

    [Fact]
    public async Task Import_DryRun_ValidatesAndWritesNothing()
    {
        var result = await ImportAsync("observations", "obs.csv", Good, dryRun: true);
        Assert.True(result.DryRun);
        Assert.Equal(5, result.Rows);
        Assert.Equal(0, (await Store.GetSummaryAsync(Ct)).Observations);
    }

    [Fact]
    public Task Import_UnknownIndicator_LocatedError() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,period,value\nFLOOD,XA01,2024,1\nNOPE,XA01,2024,1", "o.csv:3:indicator", "unknown indicator 'NOPE'");

    [Fact]
    public Task Import_UnknownArea_LocatedError() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,period,value\nFLOOD,XA09,2024,1", "o.csv:2:area", "unknown area 'XA09'");

    [Fact]
    public Task Import_BadNumber_LocatedError() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,period,value\nFLOOD,XA01,2024,abc", "o.csv:2:value", "'abc' is not a number");

    [Fact]
    public Task Import_NonFiniteNumber_LocatedError() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,period,value\nFLOOD,XA01,2024,NaN", "o.csv:2:value", "'NaN' is not a number");

    [Fact]
    public Task Import_EmptyValueWithoutMissingStatus_LocatedError() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,period,value,status\nFLOOD,XA01,2024,,", "o.csv:2:value", "value is empty");

    [Fact]
    public async Task Import_EmptyValueWithMissingStatus_StoredAsNaN()
    {
        await ImportAsync("observations", "o.csv", "indicator,area,period,value,status\nFLOOD,XA01,2024,,M");
        var latest = Assert.Single(await Store.GetLatestValuesAsync(Ct));
        Assert.True(double.IsNaN(latest.Value));
        Assert.Equal("M", latest.Status);
    }

    [Fact]
    public Task Import_BadPeriod_LocatedError() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,period,value\nFLOOD,XA01,2024-13,1", "o.csv:2:period", "'2024-13' is not a period; expected YYYY");

    [Fact]
    public Task Import_BadStatus_LocatedError() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,period,value,status\nFLOOD,XA01,2024,1,Z", "o.csv:2:status", "'Z' is not an observation status");

    [Fact]
    public Task Import_DuplicateKeyInFile_NamesFirstLine() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,period,value,sex\nFLOOD,XA01,2024,1,F\nFLOOD,XA01,2024,2,M\nFLOOD,XA01,2024,3,F", "o.csv:4", "duplicate observation FLOOD/XA01/2024 (sex=F;");

    [Fact]
    public async Task Import_DuplicateKeyAgainstStore_LocatedError()
    {
        await ImportAsync("observations", "first.csv", "indicator,area,period,value\nFLOOD,XA01,2024,1");
        await AssertSingleErrorAsync("observations", "second.csv", "indicator,area,period,value\nFLOOD,XA02,2024,1\nFLOOD,XA01,2024,5",
            "second.csv:3", "observation FLOOD/XA01/2024 is already in the store");
    }

    [Fact]
    public Task Import_WrongColumnCount_LocatedError() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,period,value\nFLOOD,XA01,2024", "o.csv:2", "row has 3 column(s); expected 4");

    [Fact]
    public Task Import_MissingRequiredColumn_LocatedError() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,value\nFLOOD,XA01,1", "o.csv:1", "missing required column 'period'");

    [Fact]
    public Task Import_UnknownColumn_LocatedError() => AssertSingleErrorAsync("observations", "o.csv",
        "indicator,area,period,value,colour\nFLOOD,XA01,2024,1,red", "o.csv:1:colour", "unknown column 'colour'");

    [Fact]
    public Task Import_EmptyFile_LocatedError() => AssertSingleErrorAsync("observations", "o.csv", "", "o.csv:1", "file is empty");

    [Fact]
    public async Task Import_ManyProblems_ReportsEveryOneInFileOrder()
    {
        var errors = await FailAsync("observations", "o.csv",
            "indicator,area,period,value\nNOPE,XA01,2024,x\nFLOOD,XA01,20x4,1\nFLOOD,XA01,2023,1\nFLOOD,ZZ,2024,1");
        Assert.Equal(["o.csv:2:indicator", "o.csv:2:value", "o.csv:3:period", "o.csv:5:area"], errors.Select(e => e.Location));
    }

    [Fact]
    public async Task Import_TooManyProblems_CappedWithCount()
    {
        var rows = string.Join('\n', Enumerable.Range(0, 1500).Select(i => $"FLOOD,XA01,{2000 + i % 20},bad{i}"));
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => ImportAsync("observations", "o.csv", "indicator,area,period,value\n" + rows));
        Assert.Equal(101, e.Problems.Count);
        Assert.Equal("and 1,400 more error(s) not shown (1,500 in all)", e.Problems[^1].Message);
    }
}
