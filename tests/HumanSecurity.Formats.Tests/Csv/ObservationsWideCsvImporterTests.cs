using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Tests.Csv;

public sealed class ObservationsWideCsvImporterTests : ImportTestBase
{
    [Fact]
    public async Task Import_WideFile_OneObservationPerNonEmptyCell()
    {
        var result = await ImportAsync("observations-wide", "w.csv", "area,period,sex,FLOOD,LIT\nXA01,2024,,10,70\nXA02,2024,F,,65\nXA02,2024,M,9,");
        Assert.Equal(4, result.Rows);
        var rows = new List<Observation>();
        await foreach (var c in Store.GetObservationsAsync(new ObservationQuery { TotalsOnly = false }, Ct)) rows.AddRange(c.Rows());
        Assert.Equal(["FLOOD/XA01/_T=10", "FLOOD/XA02/M=9", "LIT/XA01/_T=70", "LIT/XA02/F=65"],
            rows.Select(r => $"{r.Indicator}/{r.Area}/{r.Disaggregation.Sex}={r.Value}"));
    }

    [Fact]
    public Task Import_UnknownIndicatorColumn_LocatedAtHeader() => AssertSingleErrorAsync("observations-wide", "w.csv",
        "area,period,FLOOD,RAIN\nXA01,2024,1,2", "w.csv:1:RAIN", "column 'RAIN' is not a known indicator code");

    [Fact]
    public Task Import_BadCell_LocatedAtIndicatorColumn() => AssertSingleErrorAsync("observations-wide", "w.csv",
        "area,period,FLOOD,LIT\nXA01,2024,1,2\nXA02,2024,3,n/a", "w.csv:3:LIT", "'n/a' is not a number");

    [Fact]
    public Task Import_DuplicateRow_LocatedError() => AssertSingleErrorAsync("observations-wide", "w.csv",
        "area,period,FLOOD\nXA01,2024,1\nXA01,2024,2", "w.csv:3", "duplicate observation FLOOD/XA01/2024; first given on line 2");

    [Fact]
    public Task Import_NoIndicatorColumns_LocatedError() => AssertSingleErrorAsync("observations-wide", "w.csv",
        "area,period\nXA01,2024", "w.csv:1", "no indicator columns");
}
