using HumanSecurity.Access;

namespace HumanSecurity.Core.Tests.Access;

public sealed class RolesTests
{
    [Fact]
    public void Codes_RoundTripWeakestFirst()
    {
        Assert.Equal(["viewer", "analyst", "admin"], Roles.AllCodes);
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.True(Roles.TryParse(role.ToCode(), out var parsed));
            Assert.Equal(role, parsed);
        }
        Assert.Equal("viewer, analyst or admin", Roles.ExpectedForms);
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData(" admin")]
    [InlineData("root")]
    [InlineData(null)]
    public void TryParse_OtherText_False(string? text) => Assert.False(Roles.TryParse(text, out _));

    [Fact]
    public void Includes_EachRoleIncludesTheWeakerOnes()
    {
        Assert.True(Role.Admin.Includes(Role.Analyst));
        Assert.True(Role.Analyst.Includes(Role.Viewer));
        Assert.True(Role.Viewer.Includes(Role.Viewer));
        Assert.False(Role.Viewer.Includes(Role.Analyst));
        Assert.False(Role.Analyst.Includes(Role.Admin));
    }
}
