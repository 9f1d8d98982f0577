using HumanSecurity.Observations;

namespace HumanSecurity.Core.Tests.Observations;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2024", PeriodKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024-Q1", PeriodKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("2024q4", PeriodKind.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("2024-03", PeriodKind.Month, "2024-03-01", "2024-03-31")]
    [InlineData("2024-02-29", PeriodKind.Day, "2024-02-29", "2024-02-29")]
    public void TryParse_IsoForms_GiveKindAndBounds(string text, PeriodKind kind, string start, string end)
    {
        Assert.True(Period.TryParse(text, out var p));
        Assert.Equal(kind, p.Kind);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), p.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), p.End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("2024-13")]
    [InlineData("2024-Q5")]
    [InlineData("2023-02-29")]
    [InlineData("2024/03")]
    [InlineData("abcd")]
    [InlineData("2024-03-1")]
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(Period.TryParse(text, out _));

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-Q3")]
    [InlineData("2024-07")]
    [InlineData("2024-07-09")]
    public void ToString_RoundTrips(string text) => Assert.Equal(text, Period.Parse(text).ToString());

    [Fact]
    public void CompareTo_OrdersByStartThenLongerFirst()
    {
        var sorted = new[] { "2024-03", "2023", "2024", "2024-Q1", "2024-01-15" }.Select(Period.Parse).Order().Select(p => p.ToString());
        Assert.Equal(["2023", "2024", "2024-Q1", "2024-01-15", "2024-03"], sorted);
    }
}
