using HumanSecurity.Areas;
using HumanSecurity.DuckDb;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Programmes;
using HumanSecurity.Storage;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Programmes;

public sealed class ProgrammesCsvImporterTests
{
    private const string Header = "id,title,status,start,end,areas,clusters,sdgs,budget,currency,leveraged,funder,prevention,target_people\n";

    [Fact]
    public async Task Import_ValidFile_ProgrammesStoredAsOneDataset()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDirectory();
        await using var store = await StoreWithAreasAsync(ct);
        var path = dir.Write("p.csv", Header + "P1,Water,active,2024-01-01,,XA01,climate,6|13,1000,USD,,F,true,\nP2,Peace,,,,XA01,conflict,16,,,,,false,\n");
        var result = await new ProgrammesCsvImporter().ImportAsync(new ImportRequest(path), store, null, ct);
        Assert.Equal(2, result.Rows);
        Assert.Equal(DatasetKind.Programmes, result.Dataset!.Kind);
        var stored = await store.GetProgrammesAsync(ct);
        Assert.Equal(["P1", "P2"], stored.Select(p => p.Id).Order());
        Assert.True(stored.Single(p => p.Id == "P1").Prevention);
    }

    [Fact]
    public async Task Import_UnknownArea_LocatedErrorAndStoreUnchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDirectory();
        await using var store = await StoreWithAreasAsync(ct);
        var path = dir.Write("p.csv", Header + "P1,Water,,,,XA01,,,,,,,,\nP2,Roads,,,,ZZ99,,,,,,,,\n");
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => new ProgrammesCsvImporter().ImportAsync(new ImportRequest(path), store, null, ct));
        Assert.Contains(e.Problems, p => p.Location == "p.csv:3:areas" && p.Message.Contains("ZZ99", StringComparison.Ordinal));
        Assert.Empty(await store.GetProgrammesAsync(ct));
        Assert.Single(await store.GetDatasetsAsync(ct));
    }

    [Fact]
    public void Detect_ProgrammesHeader_ProgrammesImporter()
    {
        var head = new FileHead("programmes.csv", [Header.TrimEnd()]);
        Assert.Equal("programmes", Inspection.FormatDetector.Detect(head));
    }

    private static async Task<DuckDbStore> StoreWithAreasAsync(CancellationToken ct)
    {
        var store = DuckDbStore.Open(":memory:");
        await using var session = await store.BeginImportAsync(new DatasetInfo(DatasetKind.Areas, "areas.csv", new string('0', 64)), ct);
        await session.AddAreasAsync([new Area("XAU", "Aurelia", AreaKind.Country, null), new Area("XA01", "North", AreaKind.Admin1, "XAU")], ct);
        await session.CommitAsync(ct);
        return store;
    }
}
