using HumanSecurity.Demo;
using HumanSecurity.Formats.Programmes;
using HumanSecurity.Indicators;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Programmes;

public sealed class ProgrammesCsvReaderTests
{
    private const string Header = "id,title,status,start,end,areas,clusters,sdgs,budget,currency,leveraged,funder,prevention,target_people\n";

    [Fact]
    public void Read_DemoFile_AllProgrammesNoProblems()
    {
        using var dir = new TempDirectory();
        DemoDataGenerator.Generate(dir.Path);
        var problems = new ProblemList();
        var list = ProgrammesCsvReader.Read(dir.File(DemoDataGenerator.ProgrammesFile), "programmes.csv", problems);
        Assert.Empty(problems.Items);
        Assert.Equal(12, list.Count);
        Assert.All(list, p => Assert.NotEmpty(p.Areas));
    }

    [Fact]
    public void Read_ValidRow_AllFieldsParsed()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("p.csv", Header + "P1,\"Water, sanitation\",active,2024-01-01,2026-12-31,XA01|XA02,climate|health,6|3.3|13.1,1500000,USD,3000000,Fund,yes,12000\n");
        var problems = new ProblemList();
        var p = Assert.Single(ProgrammesCsvReader.Read(path, "p.csv", problems));
        Assert.Empty(problems.Items);
        Assert.Equal("Water, sanitation", p.Title);
        Assert.Equal(new DateOnly(2026, 12, 31), p.End);
        Assert.Equal(["XA01", "XA02"], p.Areas);
        Assert.Equal([ThreatCluster.Climate, ThreatCluster.Health], p.Clusters);
        Assert.Equal(["6", "3.3", "13.1"], p.Sdgs);
        Assert.Equal(3_000_000, p.Leveraged);
        Assert.True(p.Prevention);
        Assert.Equal(12_000, p.TargetPeople);
    }

    [Theory]
    [InlineData("P1,T,,2024-13-01,,,,,,,,,,", "p.csv:2:start")]
    [InlineData("P1,T,,2024-05-01,2024-04-30,,,,,,,,,", "p.csv:2:end")]
    [InlineData("P1,T,,,,,weather,,,,,,,", "p.csv:2:clusters")]
    [InlineData("P1,T,,,,,,18,,,,,,", "p.csv:2:sdgs")]
    [InlineData("P1,T,,,,,,,-5,,,,,", "p.csv:2:budget")]
    [InlineData("P1,T,,,,,,,,usd,,,,", "p.csv:2:currency")]
    [InlineData("P1,T,,,,,,,,,,,maybe,", "p.csv:2:prevention")]
    [InlineData(",T,,,,,,,,,,,,", "p.csv:2:id")]
    [InlineData("P1,T,,,,ZZ99,,,,,,,,", "p.csv:2:areas")]
    public void Read_BadCell_LocatedError(string row, string location)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("p.csv", Header + row + "\n");
        var problems = new ProblemList();
        var list = ProgrammesCsvReader.Read(path, "p.csv", problems, code => code.StartsWith("XA", StringComparison.Ordinal));
        Assert.Empty(list);
        Assert.Contains(problems.Items, p => p.Severity == ProblemSeverity.Error && p.Location == location);
    }

    [Fact]
    public void Read_DuplicateIdAndUnknownColumn_Errors()
    {
        using var dir = new TempDirectory();
        var dup = dir.Write("d.csv", "id,title\nP1,A\nP1,B\n");
        var problems = new ProblemList();
        ProgrammesCsvReader.Read(dup, "d.csv", problems);
        Assert.Contains(problems.Items, p => p.Location == "d.csv:3:id" && p.Message.Contains("duplicate", StringComparison.Ordinal));

        var unknown = dir.Write("u.csv", "id,title,colour\nP1,A,red\n");
        problems = new ProblemList();
        Assert.Empty(ProgrammesCsvReader.Read(unknown, "u.csv", problems));
        Assert.Contains(problems.Items, p => p.Location == "u.csv:1:colour");
    }

    [Fact]
    public void Read_RaggedRow_ErrorNotException()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("r.csv", "id,title\nP1,A,extra,cells\n");
        var problems = new ProblemList();
        Assert.Empty(ProgrammesCsvReader.Read(path, "r.csv", problems));
        Assert.True(problems.HasErrors);
    }
}
