using System.Text;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Models;

/// <summary>INFORM's published CSV exports read as they are: constructed files in the layout of the mid-2018 and 2020 files
/// (one header row, COUNTRY and ISO3 first, <c>x</c> = missing, Latin-1 names, two rows of commas and a footnote below the
/// table, report columns such as <c>#VALUE!</c> and <c>12%</c> that no model uses).</summary>
public sealed class InformExportReaderTests
{
    private const string Header = "COUNTRY,ISO3,Earthquake,Flood,Natural,RISK CLASS,Lack of Reliability (*),% of Missing Indicators";

    private static string Table(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    private static readonly string[] Body =
    [
        "Afghanistan,AFG,9.7,7.2,6.5,Very High,#VALUE!,12%",
        "Côte d'Ivoire,CIV,0.1,x,3.8,High,#VALUE!,2%",
        ",,,,,,,",
        ",,,,,,,",
        "\"(*) Reliability Index: 0 more reliable, 10 less reliable.\",,,,,,,",
    ];

    [Fact]
    public void ReadFile_Latin1WithFootnote_ReadsTableAndWarnsPerSkippedLine()
    {
        using var dir = new TempDirectory();
        var path = dir.File("INFORM_Mid2018.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(Table(Body)));
        var d = IndexDataReader.ReadFile(path, "ISO3");
        Assert.Equal(["AFG", "CIV"], d.Units);
        Assert.Equal("Côte d'Ivoire", d.Text["COUNTRY"][1]);
        Assert.True(double.IsNaN(d.Numeric["Flood"][1]));
        Assert.Equal(6.5, d.Numeric["Natural"][0]);
        Assert.False(d.Numeric.ContainsKey("Lack of Reliability (*)"));
        Assert.Equal(["INFORM_Mid2018.csv:4", "INFORM_Mid2018.csv:5", "INFORM_Mid2018.csv:6"], d.Warnings.Select(w => w.Location));
        Assert.All(d.Warnings, w => Assert.Equal(ProblemSeverity.Warning, w.Severity));
        Assert.Contains("(*) Reliability Index", d.Warnings[2].Message, StringComparison.Ordinal);
        Assert.Contains("empty cells", d.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Utf8WithBom_ReadsAccents()
    {
        using var dir = new TempDirectory();
        var path = dir.File("inform_gri_2020.csv");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Table(Body[..2]))]);
        var d = IndexDataReader.ReadFile(path, "ISO3");
        Assert.Equal("Côte d'Ivoire", d.Text["COUNTRY"][1]);
        Assert.Equal("COUNTRY", d.Text.Keys.First());
        Assert.Empty(d.Warnings);
    }

    [Fact]
    public void Run_PublishedLayoutWithFootnote_ScoresTheTable()
    {
        var d = IndexDataReader.Read(Table(Body), "inform.csv", "ISO3");
        var model = new IndexModel("n", [new ModelIndicator("Earthquake", "N"), new ModelIndicator("Flood", "N")], [new ModelNode("N")])
        {
            Defaults = new ModelDefaults { Normalise = NormaliseSpec.Parse("none") },
        };
        var run = IndexPipeline.Run(model, d);
        Assert.Equal(["AFG", "CIV"], run.Units);
        Assert.Equal(0.1, run.Scores[run.Tree.Index["N"]][1], 12);
    }

    // Not a footnote: a row below the table that holds numbers but no code stays and is rejected when used.
    [Fact]
    public void Run_NumericRowWithoutCodeAtEnd_IsAnErrorNamingTheLine()
    {
        var d = IndexDataReader.Read(Table(Body[0], ",,1.5,2,3,,,"), "inform.csv", "ISO3");
        Assert.Empty(d.Warnings);
        var model = new IndexModel("n", [new ModelIndicator("Earthquake", "N")], [new ModelNode("N")]);
        var e = Assert.Throws<InvalidInputException>(() => IndexPipeline.Run(model, d));
        Assert.Contains(e.Problems, p => p.Location == "inform.csv:3" && p.Message.Contains("unit code is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EmptyCodeInsideTable_StaysAnError()
    {
        var d = IndexDataReader.Read(Table(Body[0], "Nowhere,,1,1,1,,,", Body[1], Body[4]), "inform.csv", "ISO3");
        Assert.Equal(["AFG", "", "CIV"], d.Units);
        Assert.Single(d.Warnings);
    }

    [Fact]
    public void Read_RowsOfCommasInsideTable_AreIgnoredSilently()
    {
        var d = IndexDataReader.Read(Table(Body[0], ",,,,,,,", Body[1]), "inform.csv", "ISO3");
        Assert.Equal(["AFG", "CIV"], d.Units);
        Assert.Equal([2, 4], d.Lines);
        Assert.Empty(d.Warnings);
    }
}
