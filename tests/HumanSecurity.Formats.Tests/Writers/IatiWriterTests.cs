using System.Xml;
using System.Xml.Schema;
using HumanSecurity.Formats.Iati;
using HumanSecurity.Programmes;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Writers;

public class IatiWriterTests
{
    private static readonly DateTimeOffset Generated = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>The W3C xml namespace schema the IATI XSDs import (only the attributes they use), kept offline.</summary>
    private const string XmlXsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace" xml:lang="en">
          <xs:attribute name="lang" type="xs:language"/>
          <xs:attribute name="space"><xs:simpleType><xs:restriction base="xs:NCName"><xs:enumeration value="default"/><xs:enumeration value="preserve"/></xs:restriction></xs:simpleType></xs:attribute>
          <xs:attribute name="base" type="xs:anyURI"/>
          <xs:attribute name="id" type="xs:ID"/>
          <xs:attributeGroup name="specialAttrs"><xs:attribute ref="xml:base"/><xs:attribute ref="xml:lang"/><xs:attribute ref="xml:space"/><xs:attribute ref="xml:id"/></xs:attributeGroup>
        </xs:schema>
        """;

    private sealed class FixtureResolver : XmlUrlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var name = Path.GetFileName(absoluteUri.LocalPath);
            if (name == "xml.xsd") return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(XmlXsd));
            if (name == "iati-common.xsd") return File.OpenRead(Fixtures.Get("iati", "iati-common-2.03.xsd"));
            return base.GetEntity(absoluteUri, role, ofObjectToReturn);
        }
    }

    private static List<string> XsdErrors(string xml)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new FixtureResolver() };
        using (var xsd = XmlReader.Create(Fixtures.Get("iati", "iati-activities-schema-2.03.xsd"), new XmlReaderSettings { XmlResolver = new FixtureResolver(), DtdProcessing = DtdProcessing.Ignore }))
            schemas.Add(null, xsd);
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return errors;
    }

    private static IatiDocument ReadBack(string xml)
    {
        using var ms = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return IatiReader.Read(ms, "out.xml");
    }

    [Fact]
    public void Validator_RejectsBrokenOrder()
    {
        var xml = IatiWriter.Write([IatiProgrammes.ToActivity(new Programme("XX-1", "T") { Start = new DateOnly(2024, 1, 1) })], Generated)
            .Replace("<activity-status code=\"2\" />", "", StringComparison.Ordinal).Replace("<iati-identifier>", "<activity-status code=\"2\" /><iati-identifier>", StringComparison.Ordinal);
        Assert.NotEmpty(XsdErrors(xml));
    }

    [Fact]
    public void Annotated_RoundTrip_ValidAndStable()
    {
        var original = IatiReader.Read(Fixtures.Get("iati", "iati-2.03_activity-standard-example-annotated.xml"));
        var xml = IatiWriter.Write(original.Activities, Generated);
        Assert.Empty(XsdErrors(xml));
        var back = ReadBack(xml);
        Assert.False(back.Problems.HasErrors, string.Join("\n", back.Problems.Items));
        Assert.Equal(xml, IatiWriter.Write(back.Activities, Generated));
        var (a, b) = (original.Activities[0], back.Activities[0]);
        Assert.Equal(a.Budgets, b.Budgets);
        Assert.Equal(a.Transactions, b.Transactions);
        Assert.Equal(a.Sectors, b.Sectors);
        Assert.Equal(a.Title, b.Title);
    }

    [Fact]
    public void Programme_ToIati_ValidAndReadsBack()
    {
        var p = new Programme("XM-HSO-0042", "Flood early warning, Mbomou")
        {
            Status = "implementation",
            Start = new DateOnly(2024, 1, 1),
            End = new DateOnly(2026, 12, 31),
            Areas = ["CF", "CF62", "CF621"],
            Sdgs = ["13", "13.1", "1.5.1"],
            Budget = 3_800_000,
            Currency = "USD",
            Funder = "UN Trust Fund for Human Security",
        };
        var xml = IatiWriter.Write([IatiProgrammes.ToActivity(p)], Generated);
        Assert.Empty(XsdErrors(xml));
        var back = IatiProgrammes.ToProgramme(Assert.Single(ReadBack(xml).Activities));
        Assert.Equal((p.Id, p.Title, p.Status, p.Start, p.End, p.Budget, p.Currency, p.Funder), (back.Id, back.Title, back.Status, back.Start, back.End, back.Budget, back.Currency, back.Funder));
        Assert.Equal(p.Areas, back.Areas);
        Assert.Equal(p.Sdgs, back.Sdgs);
    }

    [Fact]
    public void Programme_NoDates_Rejected() =>
        Assert.Throws<InvalidInputException>(() => IatiProgrammes.ToActivity(new Programme("X-1", "T")));
}
