using HumanSecurity.Formats.Iati;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Iati;

public class IatiTests
{
    [Fact]
    public void DeeplyNestedElements_LocatedErrorBeforeAnyTreeIsBuilt()
    {
        // Issue 10, defect 10: 100,000 nested elements took 26 s; now bounded at 64 levels.
        const int depth = 100_000;
        var xml = "<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\"><iati-activity>" + string.Concat(Enumerable.Repeat("<description>", depth))
            + string.Concat(Enumerable.Repeat("</description>", depth)) + "</iati-activity></iati-activities>\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        var e = Assert.Throws<InvalidInputException>(() => IatiReader.Read(stream, "deep.xml"));
        Assert.StartsWith("deep.xml:2:", e.Problems[0].Location, StringComparison.Ordinal);
        Assert.Contains("nested deeper than 64 levels", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotated_ReadsActivityAndProgramme()
    {
        var doc = IatiReader.Read(Fixtures.Get("iati", "iati-2.03_activity-standard-example-annotated.xml"));
        Assert.False(doc.Problems.HasErrors, string.Join("\n", doc.Problems.Items));
        var a = Assert.Single(doc.Activities);
        Assert.Equal("AA-AAA-123456789-ABC123", a.Identifier);
        Assert.Equal(("AA-AAA-123456789", "40"), (a.ReportingOrg.Ref, a.ReportingOrg.Type));
        Assert.Equal("Activity title", a.TitleText);
        Assert.Equal(3, a.ParticipatingOrgs.Count);
        Assert.Equal(["AF", "AG"], a.RecipientCountries.Select(c => c.Code));
        Assert.Equal(100, a.RecipientCountries.Concat(a.RecipientRegions).Sum(x => x.Percentage ?? 0));
        var p = IatiProgrammes.ToProgramme(a);
        Assert.Equal(("implementation", new DateOnly(2012, 4, 28), new DateOnly(2015, 12, 31)), (p.Status, p.Start!.Value, p.End!.Value));
        Assert.Contains("AF-KAN", p.Areas);
        Assert.Equal("Name of Agency B", p.Funder);
        Assert.True(a.Budgets.Count > 0 && a.Transactions.Count > 0);
    }

    [Theory]
    [InlineData("iati-schemas_only-required-elements-exist.xml")]
    [InlineData("iati-schemas_location_03-two-administrative.xml")]
    [InlineData("iati-schemas_21-transaction.xml")]
    public void SchemaShouldPass_NoErrors(string name)
    {
        var doc = IatiReader.Read(Fixtures.Get("iati", name));
        Assert.False(doc.Problems.HasErrors, string.Join("\n", doc.Problems.Items));
        Assert.NotEmpty(doc.Activities);
    }

    [Fact]
    public void NoRequiredElements_RejectedWithEachMissingNamed()
    {
        using var ms = new MemoryStream("<iati-activities version=\"2.03\">\n<iati-activity>\n<sector code=\"1\"/>\n</iati-activity>\n</iati-activities>"u8.ToArray());
        var doc = IatiReader.Read(ms, "a.xml");
        Assert.Empty(doc.Activities);
        foreach (var name in new[] { "iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status", "activity-date" })
            Assert.Contains(doc.Problems.Items, p => p.Location == "a.xml:2:iati-activity" && p.Message == $"iati-activity lacks required <{name}>");
    }

    [Fact]
    public void WrongOrder_LocatedError()
    {
        var xml = File.ReadAllText(Fixtures.Get("iati", "iati-schemas_only-required-elements-exist.xml"))
            .Replace("<activity-status code=\"xx\"/>", "", StringComparison.Ordinal)
            .Replace("<iati-identifier></iati-identifier>", "<iati-identifier>X-1</iati-identifier><activity-status code=\"2\"/>", StringComparison.Ordinal);
        using var ms = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        var doc = IatiReader.Read(ms, "o.xml");
        Assert.Contains(doc.Problems.Items, p => p.Location == "o.xml:6:reporting-org" && p.Message.Contains("must come before <activity-status>", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedXml_Throws()
    {
        using var ms = new MemoryStream("<iati-activities><iati-activity>"u8.ToArray());
        var e = Assert.Throws<InvalidInputException>(() => IatiReader.Read(ms, "m.xml"));
        Assert.StartsWith("m.xml:1", e.Problems[0].Location, StringComparison.Ordinal);
    }
}
