namespace HumanSecurity.Formats.Tests.Csv;

public sealed class AreasCsvNamesTests : ImportTestBase
{
    [Fact]
    public async Task Import_NameLangAndValidityColumns_Stored()
    {
        await ImportAsync("areas", "g.csv", "code,name,kind,parent,Name_FR,name_sg,name_ref,valid_from,valid_to\nXB,Ybaria,country,,Ybarie,Yibara,Ybaria,2015-06-15,\nXB01,East,admin1,XB,Est,,,2015-06-15,2020-12-31");
        var areas = (await Store.GetAreasAsync(Ct)).Where(a => a.Code.StartsWith("XB", StringComparison.Ordinal)).ToList();
        Assert.Equal([("fr", "Ybarie"), ("ref", "Ybaria"), ("sg", "Yibara")], areas[0].AlternateNames.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Key, n.Value)));
        Assert.Equal((new DateOnly(2015, 6, 15), (DateOnly?)null), (areas[0].ValidFrom!.Value, areas[0].ValidTo));
        Assert.Equal([("fr", "Est")], areas[1].AlternateNames.Select(n => (n.Key, n.Value)));
        Assert.Equal(new DateOnly(2020, 12, 31), areas[1].ValidTo);
    }

    [Fact]
    public Task Import_BadValidFrom_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent,valid_from\nXB,Ybaria,country,,2015-13-01", "g.csv:2:valid_from", "'2015-13-01' is not a date; expected YYYY-MM-DD");

    [Fact]
    public Task Import_ValidToBeforeValidFrom_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent,valid_from,valid_to\nXB,Ybaria,country,,2020-01-01,2019-01-01", "g.csv:2:valid_to", "is before valid_from 2020-01-01");

    [Fact]
    public Task Import_UnknownNonNameColumn_StillAnError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent,name_french\nXB,Ybaria,country,,Ybarie", "g.csv:1:name_french", "unknown column 'name_french'");

    [Fact]
    public Task Import_RowsOfOneCodeDisagreeOnNames_LocatedError() => AssertSingleErrorAsync("areas", "g.csv",
        "code,name,kind,parent,population,period,name_fr\nXB,Ybaria,country,,10,2020,Ybarie\nXB,Ybaria,country,,12,2024,Ybarie du Nord",
        "g.csv:3:code", "different name, kind, parent, name_<lang> or validity");

    [Fact]
    public async Task Import_BadDate_NothingWritten()
    {
        var before = (await Store.GetAreasAsync(Ct)).Count;
        var problems = await FailAsync("areas", "g.csv", "code,name,kind,parent,valid_to\nXB,Ybaria,country,,2020-01-01\nXC,Zedia,country,,31/12/2020");
        Assert.Contains(problems, p => p.Location == "g.csv:3:valid_to");
        Assert.Equal(before, (await Store.GetAreasAsync(Ct)).Count);
    }
}
