using HumanSecurity.Areas;

namespace HumanSecurity.Core.Tests.Areas;

/// <summary>Matching on names of the CAR COD-AB gazetteer (French with accents, the romanised <c>ref</c> name, the same
/// name at several levels and in several provinces).</summary>
public sealed class AreaNameMatcherTests
{
    private static Area A(string code, string name, AreaKind kind, string? parent, string? reference = null) =>
        new(code, name, kind, parent) { AlternateNames = new Dictionary<string, string> { ["fr"] = name, ["ref"] = reference ?? name } };

    private static readonly AreaNameMatcher Car = new(
    [
        A("CAF", "République centrafricaine", AreaKind.Country, null, "Republique centrafricaine"),
        A("CF11", "Ombella M'Poko", AreaKind.Admin1, "CAF"),
        A("CF12", "Lobaye", AreaKind.Admin1, "CAF"),
        A("CF121", "Mbaïki", AreaKind.Admin2, "CF12", "Mbaiki"),
        A("CF1216", "Nola", AreaKind.Admin3, "CF121"),
        A("CF1232", "Lobaye", AreaKind.Admin3, "CF123"),
        A("CF23", "Sangha-Mbaéré", AreaKind.Admin1, "CAF", "Sangha-Mbaere"),
        A("CF231", "Nola", AreaKind.Admin2, "CF23"),
        A("CF2311", "Nola", AreaKind.Admin3, "CF231"),
        A("CF31", "Ouham Pendé", AreaKind.Admin1, "CAF", "Ouham Pende"),
        A("CF62", "Mbomou", AreaKind.Admin1, "CAF"),
        A("CF71", "Bangui", AreaKind.Admin1, "CAF"),
        A("CF711", "Bangui", AreaKind.Admin2, "CF71"),
    ]);

    [Theory]
    [InlineData("Mbaïki", "mbaiki")]
    [InlineData("Haut-Mbomou", "haut mbomou")]
    [InlineData("  Ouham   Pendé ", "ouham pende")]
    [InlineData("Ombella M'Poko", "ombella mpoko")]
    [InlineData("Ombella M’Poko", "ombella mpoko")]
    [InlineData("Œuvre-Straße", "oeuvre strasse")]
    [InlineData("ΟΔΟΣ", "οδοσ")]
    public void Normalise_FoldsMarksCasePunctuation(string name, string expected) => Assert.Equal(expected, AreaNames.Normalise(name));

    [Theory]
    [InlineData("Mbomou", AreaMatchOutcome.Exact, "CF62")]
    [InlineData("Mbaiki", AreaMatchOutcome.Exact, "CF121")] // the romanised ref name, character for character
    [InlineData("MBAÏKI", AreaMatchOutcome.Normalised, "CF121")]
    [InlineData("SANGHA MBAERE", AreaMatchOutcome.Normalised, "CF23")]
    [InlineData("Ombella-Mpoko", AreaMatchOutcome.Normalised, "CF11")]
    [InlineData("ouham-pende", AreaMatchOutcome.Normalised, "CF31")]
    [InlineData("CF62", AreaMatchOutcome.Code, "CF62")]
    [InlineData("Republique Centrafricaine", AreaMatchOutcome.Normalised, "CAF")]
    public void Match_OneArea(string name, AreaMatchOutcome outcome, string code)
    {
        var m = Car.Match(name);
        Assert.Equal((outcome, code), (m.Outcome, m.Code));
    }

    [Fact]
    public void Match_NameInTwoProvincesAndTwoLevels_AmbiguousNeverGuessed()
    {
        var m = Car.Match("Nola");
        Assert.Equal(AreaMatchOutcome.Ambiguous, m.Outcome);
        Assert.Null(m.Code);
        Assert.Equal(["CF1216", "CF231", "CF2311"], m.Candidates.Select(a => a.Code).Order(StringComparer.Ordinal));
        Assert.StartsWith("area name 'Nola' is ambiguous: ", m.Describe(), StringComparison.Ordinal);
        Assert.Contains("CF2311 (Nola, admin3 in CF231)", m.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Match_WithinParent_ResolvesTheDistrictOfThatProvince()
    {
        Assert.Equal("CF1216", Car.Match("Nola", null, "CF12").Code);
        var byName = Car.Match("Nola", null, "lobaye", AreaKind.Admin1);
        Assert.Equal(AreaMatchOutcome.Normalised, byName.ParentMatch!.Outcome);
        Assert.Equal((AreaMatchOutcome.Exact, "CF1216", "CF12"), (byName.Outcome, byName.Code, byName.ParentMatch.Code));
        Assert.Equal(AreaMatchOutcome.Ambiguous, Car.Match("Nola", null, "Sangha-Mbaere", AreaKind.Admin1).Outcome);
        Assert.Equal("CF2311", Car.Match("Nola", AreaKind.Admin3, "Sangha-Mbaere", AreaKind.Admin1).Code);
    }

    /// <summary>CAR has a province and a commune named Lobaye: only the province holds a Nola.</summary>
    [Fact]
    public void Match_AmbiguousParent_ResolvedByTheChild()
    {
        Assert.Equal(AreaMatchOutcome.Ambiguous, Car.Match("Lobaye").Outcome);
        var nola = Car.Match("Nola", null, "Lobaye", null);
        Assert.Equal(("CF1216", "CF12", AreaMatchOutcome.Exact), (nola.Code, nola.ParentMatch!.Code, nola.ParentMatch.Outcome));
        Assert.Equal(AreaMatchOutcome.Unmatched, Car.Match("Bangui", null, "Lobaye", null).Outcome);
    }

    [Fact]
    public void Match_KindConstraint()
    {
        Assert.Equal(AreaMatchOutcome.Ambiguous, Car.Match("Bangui").Outcome);
        Assert.Equal("CF71", Car.Match("Bangui", AreaKind.Admin1).Code);
        Assert.Equal("CF711", Car.Match("bangui", AreaKind.Admin2).Code);
        var wrongLevel = Car.Match("Nola", AreaKind.Admin1);
        Assert.Equal(AreaMatchOutcome.Unmatched, wrongLevel.Outcome);
        Assert.Contains("matches no area of kind admin1", wrongLevel.Describe(), StringComparison.Ordinal);
        Assert.Contains("the name exists as CF1216 (Nola, admin3 in CF121)", wrongLevel.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Match_Unmatched_AndUnmatchedParent_SaySo()
    {
        var none = Car.Match("Bangi");
        Assert.Equal(AreaMatchOutcome.Unmatched, none.Outcome);
        Assert.Equal("area name 'Bangi' matches no area in the store's gazetteer (any language, accents and case ignored); import the gazetteer first, or give a P-code", none.Describe());
        var orphan = Car.Match("Nola", null, "Lobay", AreaKind.Admin1);
        Assert.Equal((AreaMatchOutcome.Unmatched, "Lobay"), (orphan.Outcome, orphan.Parent));
        Assert.StartsWith("area name 'Nola' cannot be matched because its parent does not match: area name 'Lobay' matches no area of kind admin1", orphan.Describe(), StringComparison.Ordinal);
    }
}
