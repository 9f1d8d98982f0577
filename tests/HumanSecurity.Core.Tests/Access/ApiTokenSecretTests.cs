using System.Security.Cryptography;
using System.Text;
using HumanSecurity.Access;

namespace HumanSecurity.Core.Tests.Access;

public sealed class ApiTokenSecretTests
{
    [Fact]
    public void Generate_WellFormedDistinctAndHighEntropy()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => ApiTokenSecret.Generate()).ToList();
        Assert.All(tokens, t => Assert.True(ApiTokenSecret.IsWellFormed(t), t));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.Equal(47, t.Length));
        Assert.True(tokens.SelectMany(t => t[4..]).Distinct().Count() > 60, "the base64url alphabet is not used");
    }

    [Fact]
    public void Hash_IsTheSha256OfTheUtf8Text()
    {
        var token = ApiTokenSecret.Generate();
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(token)), ApiTokenSecret.Hash(token));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), ApiTokenSecret.HashHex(token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hso_")]
    [InlineData("HSO_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("hso_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("hso_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("hso_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=")]
    [InlineData("hso_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+")]
    public void IsWellFormed_OtherShapes_False(string text) => Assert.False(ApiTokenSecret.IsWellFormed(text));
}
