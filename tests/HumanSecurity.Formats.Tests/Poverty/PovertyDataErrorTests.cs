using HumanSecurity.Formats.Poverty;
using HumanSecurity.Poverty;
using HumanSecurity.Testing;

namespace HumanSecurity.Formats.Tests.Poverty;

public sealed class PovertyDataErrorTests
{
    private const string Spec = """
        unit: id
        weight: w
        strata: s
        psu: p
        k: [50]
        indicators:
          - {column: d1, dimension: a, weight: 1/2}
          - {column: d2, dimension: b, weight: 1/2}
        """;

    [Fact]
    public void Build_NonBinaryDeprivation_NamesFileLineAndColumn()
    {
        var e = Run("id,w,s,p,d1,d2\n1,1,1,1,0,1\n2,1,1,2,3,0\n");
        Assert.Contains(e.Problems, p => p.Location == "h.csv:3:d1" && p.Message.Contains("value '3' is not a deprivation", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_MissingDesignValue_NamesFileLineAndColumn()
    {
        var e = Run("id,w,s,p,d1,d2\n1,1,1,1,0,1\n2,1,,2,1,0\n3,,1,2,1,0\n");
        Assert.Contains(e.Problems, p => p.Location == "h.csv:3:s" && p.Message.Contains("stratum is missing", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Location == "h.csv:4:w" && p.Message.Contains("weight is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_DesignColumnAbsent_NamesSpecKeyAndLine()
    {
        var e = Run("id,w,p,d1,d2\n1,1,1,0,1\n");
        Assert.Contains(e.Problems, p => p.Location == "spec.yaml:3:strata" && p.Message.Contains("column 's' not found in h.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_IndicatorColumnAbsent_NamesIndicatorLine()
    {
        var e = Run("id,w,s,p,d1\n1,1,1,1,0\n");
        Assert.Contains(e.Problems, p => p.Location == "spec.yaml:8:indicators[1]" && p.Message.Contains("'d2' not found", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadFile_RaggedRow_NamesLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("r.csv", "a,b\n1,2\n3\n");
        var e = Assert.Throws<InvalidInputException>(() => SurveyCsvReader.ReadFile(path));
        Assert.Equal("r.csv:3", e.Problems[0].Location);
    }

    [Fact]
    public void ReadFile_MixedColumn_IsTextAndNumbersStayNumeric()
    {
        using var dir = new TempDirectory();
        var table = SurveyCsvReader.ReadFile(dir.Write("m.csv", "a,b,c\n1,x,\n2.5,y,NA\n"));
        Assert.IsType<Tables.NumericColumn>(table["a"]);
        Assert.IsType<Tables.TextColumn>(table["b"]);
        Assert.True(table["c"].IsMissing(0) && table["c"].IsMissing(1));
    }

    private static InvalidInputException Run(string csv)
    {
        using var dir = new TempDirectory();
        var spec = PovertySpecReader.Parse(Spec, "spec.yaml");
        var table = SurveyCsvReader.ReadFile(dir.Write("h.csv", csv));
        return Assert.Throws<InvalidInputException>(() => SurveySampleBuilder.Build(spec, table, "h.csv"));
    }
}
