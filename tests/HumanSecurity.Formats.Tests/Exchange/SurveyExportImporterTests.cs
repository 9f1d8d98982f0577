using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Tests.Csv;
using HumanSecurity.Tables;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Exchange;

public class SurveyExportImporterTests : ImportTestBase
{
    private Task<ImportResult> ImportExportAsync(string format, string path, string mapping) =>
        DatasetImporters.Find(format)!.ImportAsync(new ImportRequest(path) { MappingPath = Write("m.yaml", mapping) }, Store, null, Ct);

    [Fact]
    public async Task Odk_Multirepeat_HouseholdsAndPersonsLinked()
    {
        using var dir = new TempDirectory();
        foreach (var f in new[] { "odk-central_multirepeat.csv", "odk-central_multirepeat-child.csv", "odk-central_multirepeat-toy.csv" })
            File.Copy(Fixtures.Get("xlsform", f), dir.File(f));
        var result = await ImportExportAsync("odk-central", dir.File("odk-central_multirepeat.csv"),
            "households:\n  columns: { hh_id: KEY, head: name, head_age: age }\npersons:\n  table: odk-central_multirepeat-child\n  columns: { hh_id: 'parent:KEY', name: name, age: age }");
        Assert.Equal((3L, 4L), (result.RowCounts["households"], result.RowCounts["persons"]));
        var persons = await Store.GetSurveyTableAsync(result.Dataset!.Id, "persons", Ct);
        Assert.Equal(["two", "two", "two", "three"], ((TextColumn)persons!["hh_id"]).Values);
        Assert.Equal([4.0, 6, 7, 2], ((NumericColumn)persons["age"]).Values);
    }

    [Fact]
    public async Task KoboJson_RepeatWithParentColumn()
    {
        var result = await ImportExportAsync("kobo", Fixtures.Get("xlsform", "formpack_nested_grouped_repeatable_v1.json"),
            "households:\n  columns: { hh_id: _uuid }\npersons:\n  table: group_tree\n  columns: { hh_id: 'parent:_uuid', tree: group_tree/What_kind_of_tree_is_this }");
        var trees = await Store.GetSurveyTableAsync(result.Dataset!.Id, "persons", Ct);
        Assert.Equal("f16d9a3f-0892-413e-81d4-758ab188ea0b", ((TextColumn)trees!["hh_id"]).Values[0]);
        Assert.Equal("pine", ((TextColumn)trees["tree"]).Values[0]);
    }

    [Fact]
    public async Task Kobo_MissingMappingOrColumn_NothingWritten()
    {
        var path = Fixtures.Get("xlsform", "kobotoolbox_submissions_labels_semicolon.csv");
        await Assert.ThrowsAsync<InvalidInputException>(() => DatasetImporters.Find("kobo")!.ImportAsync(new ImportRequest(path), Store, null, Ct));
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => ImportExportAsync("kobo", path, "households:\n  columns: { hh_id: _uuid, weight: wt }"));
        Assert.Contains("names column 'wt'", e.Message, StringComparison.Ordinal);
        var ok = await ImportExportAsync("kobo", path, "households:\n  columns: { hh_id: _uuid, community: What community are you from? }");
        Assert.Equal(3, ok.RowCounts["households"]);
        Assert.Equal(3, (await Store.GetDatasetsAsync(Ct)).Count);
    }
}
