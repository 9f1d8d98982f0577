using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Import;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Import;

/// <summary>Re-importing areas to add populations keeps the COD-AB names and validity dates, and records what changed.</summary>
public sealed class AreaReimportTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _dir = new();

    private DuckDbStore Store { get; } = DuckDbStore.Open(":memory:");

    public async ValueTask InitializeAsync() =>
        await DatasetImporters.Find("geojson")!.ImportAsync(new ImportRequest(Fixtures.Get("cod-ab", "caf_admin1.geojson")), Store, null, Ct);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _dir.Dispose();
    }

    private Task<ImportResult> ImportAreasAsync(string csv, bool replaceNames = false) =>
        DatasetImporters.Find("areas")!.ImportAsync(new ImportRequest(_dir.Write("pop.csv", csv)) { ReplaceNames = replaceNames }, Store, null, Ct);

    [Fact]
    public async Task Populations_KeepNamesAndValidity_ChangesRecorded()
    {
        var result = await ImportAreasAsync("code,name,kind,parent,population,period\nCF62,Mbomou,admin1,CAF,200000,2024\nCF31,Ouham-Pende,admin1,CAF,400000,2024\n");
        var areas = (await Store.GetAreasAsync(Ct)).ToDictionary(a => a.Code);
        var ouham = areas["CF31"];
        Assert.Equal(("Ouham Pendé", "Ouham Pendé", "Ouham Pende"), (ouham.Name, ouham.AlternateNames["fr"], ouham.AlternateNames["ref"]));
        Assert.Equal(new DateOnly(2015, 6, 15), ouham.ValidFrom);
        Assert.Equal(400_000, ouham.Populations.Single().Population);
        Assert.Equal(17, (await Store.GetGeometriesAsync(Ct)).Count);
        var change = Assert.Single(result.Report.AreaChanges, c => c.Code == "CF31");
        Assert.Equal("pop.csv:3", change.Location);
        Assert.Equal(["name 'Ouham Pendé' kept (the file writes it 'Ouham-Pende')", "population 2024: 400000 added"], change.Changes);
    }

    [Fact]
    public async Task ReplaceNames_TakesTheFilesNames()
    {
        await ImportAreasAsync("code,name,kind,parent,name_sg\nCF62,Mbomu,admin1,CAF,Mbomu\n", replaceNames: true);
        var mbomou = (await Store.GetAreasAsync(Ct)).Single(a => a.Code == "CF62");
        Assert.Equal("Mbomu", mbomou.Name);
        Assert.Equal([("sg", "Mbomu")], mbomou.AlternateNames.Select(n => (n.Key, n.Value)));
        Assert.Equal(new DateOnly(2015, 6, 15), mbomou.ValidFrom);
    }
}
