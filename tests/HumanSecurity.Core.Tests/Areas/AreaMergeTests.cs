using HumanSecurity.Areas;
using HumanSecurity.Observations;

namespace HumanSecurity.Core.Tests.Areas;

public sealed class AreaMergeTests
{
    private static readonly Area Stored = new("CF61", "Basse-Kotto", AreaKind.Admin1, "CAF")
    {
        AlternateNames = new Dictionary<string, string> { ["fr"] = "Basse-Kotto", ["ref"] = "Basse-Kotto" },
        ValidFrom = new DateOnly(2015, 6, 15),
        GeometryRef = "CF61",
        Populations = [new AreaPopulation(Period.FromYear(2020), 130_000)],
    };

    [Fact]
    public void PopulationsOnly_KeepsNamesValidityAndGeometry()
    {
        var (merged, changes) = AreaMerge.Merge(Stored, new Area("CF61", "Basse-Kotto", AreaKind.Admin1, "CAF") { Populations = [new AreaPopulation(Period.FromYear(2024), 150_000)] }, false);
        Assert.Equal(Stored.AlternateNames, merged.AlternateNames);
        Assert.Equal((new DateOnly(2015, 6, 15), "CF61"), (merged.ValidFrom!.Value, merged.GeometryRef));
        Assert.Equal([130_000.0, 150_000.0], merged.Populations.Select(p => p.Population));
        Assert.Equal(["population 2024: 150000 added"], changes);
    }

    [Fact]
    public void OtherSpelling_Kept_NewName_AddedAsAlternate()
    {
        var (respelled, changes) = AreaMerge.Merge(Stored, new Area("CF61", "BASSE KOTTO", AreaKind.Admin1, null), false);
        Assert.Equal(("Basse-Kotto", 2, "CAF"), (respelled.Name, respelled.AlternateNames.Count, respelled.ParentCode));
        Assert.Equal(["name 'Basse-Kotto' kept (the file writes it 'BASSE KOTTO')"], changes);
        var (renamed, _) = AreaMerge.Merge(Stored, new Area("CF61", "Kotto-Bas", AreaKind.Admin1, "CAF") { AlternateNames = new Dictionary<string, string> { ["sg"] = "Kotto" } }, false);
        Assert.Equal("Basse-Kotto", renamed.Name);
        Assert.Equal(("Kotto-Bas", "Kotto"), (renamed.AlternateNames["alt1"], renamed.AlternateNames["sg"]));
    }

    [Fact]
    public void ReplaceNames_TheFilesNamesReplaceAll()
    {
        var (merged, changes) = AreaMerge.Merge(Stored, new Area("CF61", "Kotto-Bas", AreaKind.Admin1, "CAF") { AlternateNames = new Dictionary<string, string> { ["fr"] = "Kotto-Bas" } }, true);
        Assert.Equal(("Kotto-Bas", "Kotto-Bas"), (merged.Name, merged.AlternateNames["fr"]));
        Assert.False(merged.AlternateNames.ContainsKey("ref"));
        Assert.Equal(["name 'Basse-Kotto' replaced by 'Kotto-Bas'", "name_fr 'Basse-Kotto' replaced by 'Kotto-Bas'", "name_ref 'Basse-Kotto' removed"], changes);
    }

    [Fact]
    public void GivenFields_Replace()
    {
        var (merged, changes) = AreaMerge.Merge(Stored, Stored with { ParentCode = "XAF", ValidTo = new DateOnly(2024, 1, 1), Populations = [new AreaPopulation(Period.FromYear(2020), 131_000)] }, false);
        Assert.Equal(("XAF", new DateOnly(2024, 1, 1), 131_000.0), (merged.ParentCode, merged.ValidTo!.Value, merged.Populations.Single().Population));
        Assert.Equal(["parent CAF → XAF", "valid_to none → 2024-01-01", "population 2020: 130000 → 131000"], changes);
    }
}
