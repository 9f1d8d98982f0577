using HumanSecurity.Areas;

namespace HumanSecurity.Core.Tests.Areas;

public sealed class AreaValidatorTests
{
    private static Area A(string code, AreaKind kind, string? parent) => new(code, code, kind, parent);

    [Fact]
    public void Validate_WellFormedPcodes_NoProblems()
    {
        var problems = AreaValidator.Validate([
            A("CAF", AreaKind.Country, null), A("CF62", AreaKind.Admin1, "CAF"), A("CF621", AreaKind.Admin2, "CF62"), A("CF622", AreaKind.Admin2, "CF62"),
        ]);
        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_DuplicateCode_IsError()
    {
        var problems = AreaValidator.Validate([A("X", AreaKind.Country, null), A("X", AreaKind.Country, null)]);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingParent_IsError()
    {
        var problems = AreaValidator.Validate([A("CF62", AreaKind.Admin1, "CAF")]);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("'CAF'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Cycle_IsError()
    {
        var problems = AreaValidator.Validate([A("A1", AreaKind.Admin1, "A2"), A("A2", AreaKind.Admin1, "A1")]);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PcodeNotPrefixedOrWrongWidth_IsWarningOnly()
    {
        var problems = AreaValidator.Validate([
            A("CAF", AreaKind.Country, null), A("CF62", AreaKind.Admin1, "CAF"),
            A("CF621", AreaKind.Admin2, "CF62"), A("CF7", AreaKind.Admin2, "CF62"), A("CF623", AreaKind.Admin2, "CF62"),
        ]);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Contains(problems, p => p.Message.Contains("does not start with", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("has 3 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Hierarchy_AncestorOfKind_WalksUp()
    {
        var h = AreaHierarchy.Build([A("CAF", AreaKind.Country, null), A("CF62", AreaKind.Admin1, "CAF"), A("CF621", AreaKind.Admin2, "CF62")], out _);
        Assert.Equal("CAF", h.AncestorOfKind("CF621", AreaKind.Country)?.Code);
        Assert.Equal(["CF621"], h.ChildrenOf("CF62").Select(a => a.Code));
    }
}
