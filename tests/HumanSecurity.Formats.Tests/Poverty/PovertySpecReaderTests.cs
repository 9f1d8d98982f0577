using HumanSecurity.Formats.Poverty;
using HumanSecurity.Poverty;

namespace HumanSecurity.Formats.Tests.Poverty;

public sealed class PovertySpecReaderTests
{
    private const string Good = """
        unit: hh_id
        weight: w
        k: [20, 33, "1/3"]
        indicators:
          - {column: d1, dimension: a, weight: 1/2}
          - {column: income, dimension: b, weight: 0.25, deprived_if: "< 13"}
          - {column: fuel, dimension: b, weight: 1/4, deprived_if: "in [wood, dung]"}
        """;

    [Fact]
    public void Parse_GoodSpec_ReadsExactWeightsAndCutoffs()
    {
        var spec = PovertySpecReader.Parse(Good, "s.yaml");
        Assert.Equal(["20", "33", "1/3"], spec.K.Select(k => k.Label));
        Assert.Equal(new Rational(33, 100), spec.K[1].Value);
        Assert.Equal(new Rational(1, 3), spec.K[2].Value);
        Assert.Equal(new Rational(1, 4), spec.Indicators[1].Weight);
        Assert.Equal(CutoffOperator.Less, spec.Indicators[1].DeprivedIf!.Operator);
        Assert.True(spec.Indicators[2].DeprivedIf!.IsDeprived("dung"));
    }

    [Fact]
    public void GlobalMpi_Parses_TenIndicatorsInThreeEqualDimensions()
    {
        var spec = BuiltInPovertySpecs.Load("global-mpi");
        Assert.Equal(10, spec.Indicators.Count);
        foreach (var dim in spec.Indicators.GroupBy(i => i.Dimension))
            Assert.Equal(new Rational(1, 3), dim.Aggregate(Rational.Zero, (s, i) => s + i.Weight));
        Assert.Equal(RosterAggregate.All, spec.Indicators.Single(i => i.Name == "d_educ").Roster!.Aggregate);
        Assert.Equal(new Rational(2, 3), spec.Indicators.Single(i => i.Name == "d_satt").Roster!.MinDataShare);
        Assert.True(spec.ReweightAbsent);
    }

    [Theory]
    [InlineData("weight: 1/3}", "s.yaml:5:indicators", "sum to 13/12")]
    [InlineData("k: [0, 33]", "s.yaml:3:k", "outside (0, 1]")]
    [InlineData("k: [101]", "s.yaml:3:k", "outside (0, 1]")]
    [InlineData("k: [0.5]", "s.yaml:3:k", "percent")]
    [InlineData("deprived_if: \"<< 13\"", "s.yaml:6:indicators[1].deprived_if", "not a number")]
    [InlineData("colour: red", "s.yaml:", "unknown key 'colour'")]
    public void Parse_BadSpec_GivesLocatedError(string change, string location, string message)
    {
        var yaml = change switch
        {
            "weight: 1/3}" => Good.Replace("weight: 1/2}", "weight: 1/3}", StringComparison.Ordinal).Replace("weight: 1/4,", "weight: 1/2,", StringComparison.Ordinal),
            _ when change.StartsWith("k:", StringComparison.Ordinal) => Good.Replace("k: [20, 33, \"1/3\"]", change, StringComparison.Ordinal),
            _ when change.StartsWith("deprived_if", StringComparison.Ordinal) => Good.Replace("deprived_if: \"< 13\"", change, StringComparison.Ordinal),
            _ => Good + "\n" + change + "\n",
        };
        var e = Assert.Throws<InvalidInputException>(() => PovertySpecReader.Parse(yaml, "s.yaml"));
        Assert.Contains(e.Problems, p => p.Location.StartsWith(location, StringComparison.Ordinal) && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BrokenYaml_NamesLine()
    {
        var e = Assert.Throws<InvalidInputException>(() => PovertySpecReader.Parse("unit: a\nk: [1/3\nindicators: x\n", "b.yaml"));
        Assert.StartsWith("b.yaml:", e.Problems[0].Location, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingRequiredKeys_ListsEach()
    {
        var e = Assert.Throws<InvalidInputException>(() => PovertySpecReader.Parse("weight: w\n", "m.yaml"));
        Assert.Contains(e.Problems, p => p.Message.Contains("'unit' is required", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("'k' is required", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("'indicators' is required", StringComparison.Ordinal));
    }
}

public sealed class PerceptionSpecReaderTests
{
    [Fact]
    public void PerceptionWvs_Parses_FourDimensionsAndThreeBands()
    {
        var spec = BuiltInPovertySpecs.LoadPerception("perception-wvs");
        Assert.Equal(4, spec.Dimensions.Count);
        Assert.Equal(3, spec.Bands.Count);
        Assert.Equal(18, spec.Items.Count);
        Assert.Equal(0.0, spec.Items.Single(i => i.Column == "Q131").Recode.Score(1));
        Assert.Equal(1.0, spec.Items.Single(i => i.Column == "Q132").Recode.Score(1));
        Assert.True(double.IsNaN(spec.Items[0].Recode.Score(-2)));
    }

    [Fact]
    public void Parse_ItemWithoutScale_NamesItem()
    {
        const string yaml = """
            unit: id
            dimensions: [{name: d, weight: 1}]
            items:
              - {column: q1, dimension: d}
            bands: [{name: all}]
            """;
        var e = Assert.Throws<InvalidInputException>(() => PerceptionSpecReader.Parse(yaml, "p.yaml"));
        Assert.Contains(e.Problems, p => p.Location == "p.yaml:4:items[0]" && p.Message.Contains("scale", StringComparison.Ordinal));
    }
}

public sealed class PovertyInferenceOptionsTests
{
    [Fact]
    public void Parse_InferenceBlock_ReadsEveryOption()
    {
        var spec = PovertySpecReader.Parse("""
            unit: id
            k: [1/2]
            inference: {ci: wald, df: normal, level: 0.9, singleton: certainty, changes: consecutive}
            indicators: [{column: d, dimension: a, weight: 1}]
            """, "i.yaml");
        Assert.Equal(new InferenceOptions(IntervalKind.Wald, false, 0.9, SingletonRule.Certainty, true), spec.Inference);
    }

    [Fact]
    public void Parse_BadInferenceChoice_ListsChoices()
    {
        var e = Assert.Throws<InvalidInputException>(() => PovertySpecReader.Parse("""
            unit: id
            k: [1/2]
            inference: {ci: bootstrap}
            indicators: [{column: d, dimension: a, weight: 1}]
            """, "i.yaml"));
        Assert.Contains(e.Problems, p => p.Location == "i.yaml:3:inference.ci" && p.Message.Contains("logit, wald", StringComparison.Ordinal));
    }
}
