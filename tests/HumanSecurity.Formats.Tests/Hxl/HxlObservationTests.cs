using HumanSecurity.Formats.Hxl;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Tests.Hxl;

public class HxlObservationTests
{
    private const string Wide = "Province,Code,Year,PIN women,PIN girls,Affected\n#adm1+name,#adm1+code,#date,#inneed+f+adults,#inneed+f+children,#affected\nNorth,CF11,2024,100,50,1 000\nSouth,CF12,2024-Q2,,7,3\n";

    private static (List<Observation> Obs, ProblemList Problems, HxlObservationReader Reader) Read(string text, HxlMapping? mapping = null)
    {
        using var t = HxlReader.FromText(text, "t.csv");
        var problems = new ProblemList();
        var layout = HxlLayoutResolver.Resolve(t, mapping, problems);
        var reader = new HxlObservationReader(t, layout, problems);
        var obs = reader.ReadChunks(4).SelectMany(c => c.Rows().ToList()).ToList();
        return (obs, problems, reader);
    }

    [Fact]
    public void WideForm_AttributesBecomeDisaggregation()
    {
        var (obs, problems, reader) = Read(Wide);
        Assert.False(problems.HasErrors, string.Join("\n", problems.Items));
        Assert.Equal(5, obs.Count);
        var girls = obs.Single(o => o.Area == "CF11" && o.Disaggregation.Age == "Y0T17");
        Assert.Equal(("inneed", "F", 50.0), (girls.Indicator, girls.Disaggregation.Sex, girls.Value));
        Assert.Equal(1000, obs.Single(o => o.Indicator == "affected" && o.Area == "CF11").Value);
        Assert.Equal(Period.FromQuarter(2024, 2), obs.First(o => o.Area == "CF12").Period);
        Assert.Equal("North", reader.Areas.Single(a => a.Code == "CF11").Name);
    }

    [Fact]
    public void Mapping_SelectsColumnsAndOverrides()
    {
        var mapping = HxlMapping.Parse("columns:\n  - pattern: '#inneed+f-children'\n    indicator: pin_women\n", "m.yaml");
        var (obs, _, _) = Read(Wide, mapping);
        var o = Assert.Single(obs);
        Assert.Equal(("pin_women", "Y18T59", 100.0), (o.Indicator, o.Disaggregation.Age, o.Value));
    }

    [Fact]
    public void Mapping_BadPattern_LocatedError()
    {
        var e = Assert.Throws<InvalidInputException>(() => HxlMapping.Parse("area: '#adm1+x=y'\n", "m.yaml"));
        Assert.Equal("m.yaml area", e.Problems[0].Location);
        var unknown = Assert.Throws<InvalidInputException>(() => HxlMapping.Parse("areaa: x\n", "m.yaml"));
        Assert.StartsWith("m.yaml:1:", unknown.Problems[0].Location, StringComparison.Ordinal);
    }

    [Fact]
    public void BadCells_LocatedByLineAndTag()
    {
        var (_, problems, _) = Read("#adm1+code,#date,#affected\nCF11,2024,many\nCF12,someday,3\n");
        Assert.Contains(problems.Items, p => p.Location == "t.csv:2:#affected" && p.Message.Contains("'many' is not a number", StringComparison.Ordinal));
        Assert.Contains(problems.Items, p => p.Location == "t.csv:3:#date");
    }

    [Fact]
    public void Writer_RoundTrip_LosesNothing()
    {
        var chunk = new ObservationChunk(8);
        chunk.Add("pin", "CF11", Period.FromYear(2024), new Disaggregation("F", "Y0T17", "IDP", "_T", "R"), 12.5, "E", "ocha, 2024");
        chunk.Add("pin", "CF12", Period.FromMonth(2024, 3), Disaggregation.Total, 0.1 + 0.2);
        var text = new StringWriter();
        HxlWriter.Write(text, [chunk]);
        var (obs, problems, _) = Read(text.ToString());
        Assert.False(problems.HasErrors, string.Join("\n", problems.Items));
        Assert.Equal(chunk.Rows().ToList(), obs);
    }
}
