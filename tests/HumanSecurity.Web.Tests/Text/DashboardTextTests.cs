using HumanSecurity.Web.Text;

namespace HumanSecurity.Web.Tests.Text;

public sealed class DashboardTextTests
{
    [Fact]
    public void Resources_EnglishAndFrench_SameKeysNoneEmpty()
    {
        var en = DashboardText.Shared.Keys(Language.English).Order(StringComparer.Ordinal).ToList();
        var fr = DashboardText.Shared.Keys(Language.French).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(en, fr);
        foreach (var language in Language.All)
        {
            var texts = DashboardText.Shared.For(language);
            Assert.All(en, k => Assert.False(string.IsNullOrWhiteSpace(texts[k]), $"{language.Code}: {k} is empty"));
        }
        var english = DashboardText.Shared.For(Language.English);
        var french = DashboardText.Shared.For(Language.French);
        var translated = en.Count(k => english[k] != french[k]);
        Assert.True(translated > en.Count * 9 / 10, $"only {translated} of {en.Count} texts differ between English and French");
    }

    [Fact]
    public void UnknownKey_Throws_NamingKeyAndFile()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => DashboardText.Shared.For(Language.French)["no.such.key"]);
        Assert.Contains("fr.json", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-CH, fr;q=0.9, en;q=0.8", "fr")]
    [InlineData("de-DE, en;q=0.5", "en")]
    [InlineData("de, fr;q=0.2", "fr")]
    [InlineData("", "en")]
    [InlineData("garbage;;q=", "en")]
    public void AcceptLanguage_BestOfferedLanguage(string header, string expected) =>
        Assert.Equal(expected, Language.FromAcceptLanguage(header).Code);

    [Fact]
    public void Numbers_FrenchUsesDecimalCommaAndNarrowSpace()
    {
        var fr = DashboardText.Shared.For(Language.French);
        Assert.Equal("1\u202F234,50", fr.Number(1234.5));
        Assert.Equal("1,234.50", DashboardText.Shared.For(Language.English).Number(1234.5));
        Assert.Equal("", fr.Number(double.NaN));
    }
}
