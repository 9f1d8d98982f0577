using HumanSecurity.Formats.Kobo;
using HumanSecurity.Tables;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Kobo;

public class SurveyExportTests
{
    [Fact]
    public void Kobo_Csv_ClassifiesColumns()
    {
        var export = SurveyExportReader.Read(Fixtures.Get("xlsform", "kobotoolbox_submissions_labels_semicolon.csv"));
        var main = export.Main;
        Assert.Equal("kobo", export.Flavour);
        Assert.Equal(3, main.Rows.Count);
        const string threats = "What are the primary threats to the biodiversity in your area?";
        Assert.Equal(SurveyColumnKind.SelectMultiple, main.Column(threats)!.Kind);
        var choices = main.Columns.Where(c => c.Kind == SurveyColumnKind.Choice && c.Question == threats).Select(c => c.Part).ToList();
        Assert.Equal(8, choices.Count);
        Assert.Contains("Climate Change", choices);
        Assert.Contains(main.Columns, c => c.Kind == SurveyColumnKind.Choice && c.Part == "Schools/educational institutions");
        Assert.Equal(SurveyColumnKind.Geopoint, main.Column("Please record the location of your local ecosystem.")!.Kind);
        Assert.Equal(4, main.Columns.Count(c => c.Kind == SurveyColumnKind.GeopointPart));
        Assert.Equal(SurveyColumnKind.Meta, main.Column("_uuid")!.Kind);
        Assert.Equal(2, main.Columns.Count(c => c.Kind == SurveyColumnKind.MediaUrl));
        Assert.Contains(export.Problems.Items, p => p.Location.EndsWith(":4:_Please record the location of your local ecosystem._longitude", StringComparison.Ordinal));
        var table = main.ToColumnTable();
        Assert.IsType<NumericColumn>(table["_id"]);
    }

    [Fact]
    public void Odk_Multirepeat_LinksChildrenAndToys()
    {
        var export = SurveyExportReader.Read(Fixtures.Get("xlsform", "odk-central_multirepeat.csv"));
        Assert.Equal("odk-central", export.Flavour);
        Assert.False(export.Problems.HasErrors, string.Join("\n", export.Problems.Items));
        Assert.Equal(["odk-central_multirepeat", "odk-central_multirepeat-child", "odk-central_multirepeat-toy"], export.Tables.Select(t => t.Name));
        var child = export.Tables[1];
        var toy = export.Tables[2];
        Assert.Equal(("odk-central_multirepeat", "odk-central_multirepeat-child"), (child.Parent, toy.Parent));
        Assert.Equal(["two", "two", "two", "three"], child.Values("PARENT_KEY"));
        Assert.Equal(3, toy.Values("PARENT_KEY").Count(k => k == "three/children/child[1]"));
    }

    [Fact]
    public void Odk_BrokenParentKey_LocatedError()
    {
        using var dir = new TempDirectory();
        dir.Write("f.csv", "SubmissionDate,name,KEY\n2018-01-01T00:00:00.000Z,A,one\n");
        dir.Write("f-child.csv", "name,PARENT_KEY,KEY\nx,one,one/c[1]\ny,nine,nine/c[1]\n");
        var export = SurveyExportReader.Read(dir.File("f.csv"));
        var p = Assert.Single(export.Problems.Items, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("f-child.csv:3:PARENT_KEY", p.Location);
    }

    [Fact]
    public void Odk_AllDataTypes_GeopointParts()
    {
        var export = SurveyExportReader.Read(Fixtures.Get("xlsform", "odk-central_all-data-types.csv"));
        var main = export.Main;
        Assert.Equal(4, main.Columns.Count(c => c.Kind == SurveyColumnKind.GeopointPart && c.Question == "some_geopoint"));
        Assert.Equal("43.3149254", main.Values("some_geopoint-Latitude").Single());
    }

    [Fact]
    public void KoboJson_NestedRepeats_ParentIndexes()
    {
        var export = SurveyExportReader.Read(Fixtures.Get("xlsform", "formpack_nested_grouped_repeatable_v1.json"));
        Assert.False(export.Problems.HasErrors, string.Join("\n", export.Problems.Items));
        Assert.Equal(["group_tree", "group_nest", "group_egg"], export.Tables.Skip(1).Select(t => t.Name));
        var egg = export.Tables.Single(t => t.Name == "group_egg");
        Assert.Equal("group_nest", egg.Parent);
        Assert.Equal(["1", "1", "1", "2"], egg.Values("_parent_index").Take(4));
        Assert.Equal("brown and speckled; medium", egg.Values("group_tree/group_nest/group_egg/Describe_the_egg").First());
        Assert.Equal("validation_status_approved", export.Main.Values("_validation_status").First());
    }
}
