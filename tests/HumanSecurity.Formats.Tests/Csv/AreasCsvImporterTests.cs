using HumanSecurity.Areas;
using HumanSecurity.Formats.Import;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Tests.Csv;

public sealed class AreasCsvImporterTests : ImportTestBase
{
    [Fact]
    public async Task Import_SeveralPeriodsPerCode_MergesPopulations()
    {
        var result = await ImportAsync("areas", "g.csv", "code,name,kind,parent,population,period\nXA0101,Hill,admin2,XA01,100,2020\nXA0101,Hill,admin2,XA01,120,2024");
        Assert.Equal(1, result.RowCounts["areas"]);
        Assert.Equal(2, result.RowCounts["populations"]);
        var hill = (await Store.GetAreasAsync(Ct)).Single(a => a.Code == "XA0101");
        Assert.Equal(("XA01", AreaKind.Admin2), (hill.ParentCode, hill.Kind));
        Assert.Equal([100.0, 120.0], hill.Populations.Select(p => p.Population));
    }

    [Fact]
    public async Task Import_NoPeriodColumn_UsesDefaultPeriod()
    {
        var path = Write("g.csv", "code,name,kind,parent,population\nXB,Ybaria,country,,5000");
        await DatasetImporters.Find("areas")!.ImportAsync(new ImportRequest(path) { DefaultPeriod = Period.FromYear(2023) }, Store, null, Ct);
        var xb = (await Store.GetAreasAsync(Ct)).Single(a => a.Code == "XB");
        Assert.Equal((Period.FromYear(2023), 5000.0), (xb.Populations[0].Period, xb.Populations[0].Population));
    }

    [Fact]
    public async Task Import_ReimportedCode_KeepsNameUnlessReplaceNames()
    {
        await ImportAsync("areas", "g.csv", "code,name,kind,parent\nXA01,North Province,admin1,XA");
        var kept = (await Store.GetAreasAsync(Ct)).Single(a => a.Code == "XA01");
        Assert.Equal(("North", "North Province"), (kept.Name, kept.AlternateNames["alt1"]));
        await DatasetImporters.Find("areas")!.ImportAsync(new ImportRequest(Write("g2.csv", "code,name,kind,parent\nXA01,North Province,admin1,XA")) { ReplaceNames = true }, Store, null, Ct);
        Assert.Equal("North Province", (await Store.GetAreasAsync(Ct)).Single(a => a.Code == "XA01").Name);
        Assert.Equal(3, (await Store.GetSummaryAsync(Ct)).Areas);
    }

    [Fact]
    public Task Import_PopulationWithoutPeriod_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent,population\nXB,Ybaria,country,,5000", "g.csv:2:period", "population has no period");

    [Fact]
    public Task Import_BadKind_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent\nXB,Ybaria,county,", "g.csv:2:kind", "'county' is not an area kind; expected one of world, region");

    [Fact]
    public Task Import_ParentNotFound_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent\nXB01,East,admin1,XB", "g.csv:2", "parent 'XB' of area 'XB01' is not a known area code");

    [Fact]
    public async Task Import_ParentInSameFile_Accepted()
    {
        var result = await ImportAsync("areas", "g.csv", "code,name,kind,parent\nXB01,East,admin1,XB\nXB,Ybaria,country,");
        Assert.Equal(2, result.RowCounts["areas"]);
    }

    [Fact]
    public Task Import_NegativePopulation_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent,population,period\nXB,Ybaria,country,,-5,2024", "g.csv:2:population", "population -5 is negative");

    [Fact]
    public Task Import_UnparseablePopulation_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent,population,period\nXB,Ybaria,country,,many,2024", "g.csv:2:population", "'many' is not a number");

    [Fact]
    public Task Import_BadPeriod_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent,population,period\nXB,Ybaria,country,,5,24", "g.csv:2:period", "'24' is not a period");

    [Fact]
    public Task Import_DuplicateCode_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent\nXB,Ybaria,country,\nXB,Ybaria,country,", "g.csv:3:code", "duplicate area code 'XB' (first on line 2)");

    [Fact]
    public Task Import_ConflictingRowsOfOneCode_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent,population,period\nXB,Ybaria,country,,5,2020\nXB,Ybaria Rep.,country,,6,2024", "g.csv:3:code", "also on line 2 with a different name");

    [Fact]
    public Task Import_SamePeriodTwice_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent,population,period\nXB,Ybaria,country,,5,2020\nXB,Ybaria,country,,6,2020", "g.csv:3:period", "for 2020 is given twice");

    [Fact]
    public Task Import_ParentBelowChild_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent\nXA0101,Hill,country,XA01", "g.csv:2", "expected the parent to be a higher level");

    [Fact]
    public Task Import_WrongColumnCount_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent\nXB,Ybaria,country,,extra", "g.csv:2", "row has 5 column(s); expected 4");

    [Fact]
    public Task Import_MissingKindColumn_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,parent\nXB,Ybaria,", "g.csv:1", "missing required column 'kind'");

    [Fact]
    public Task Import_EmptyFile_LocatedError() => AssertSingleErrorAsync("areas", "g.csv", "", "g.csv:1", "file is empty");

    [Fact]
    public async Task Import_WithBom_Accepted()
    {
        var result = await ImportAsync("areas", "g.csv", "code,name,kind,parent\nXB,Ybaria,country,", bom: true);
        Assert.Equal(1, result.RowCounts["areas"]);
    }
}
