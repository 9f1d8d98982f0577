namespace HumanSecurity.Core.Tests;

/// <summary>Issue 10, defect 9: input echoed in messages is escaped and bounded.</summary>
public sealed class SafeTextTests
{
    [Fact]
    public void Echo_HugeValue_CutWithLength()
    {
        var echoed = SafeText.Echo(new string('x', 10 << 20));
        Assert.Equal(new string('x', SafeText.ValueLength) + "… (10,485,760 chars)", echoed);
    }

    [Theory]
    [InlineData("a\u001B[31mred\u001B[0m", "a\\u001B[31mred\\u001B[0m")]
    [InlineData("x\nerror: forged", "x\\nerror: forged")]
    [InlineData("\u202Eevil", "\\u202Eevil")]
    [InlineData("caf\u00E9 \U0001F600", "caf\u00E9 \U0001F600")]
    public void Echo_ControlCharacters_Escaped(string value, string expected) => Assert.Equal(expected, SafeText.Echo(value));

    [Fact]
    public void Problem_MessageAndLocation_SafeWhateverTheCaller()
    {
        var p = Problem.Error("f.csv:2:\u001B]0;pwned\u0007", "bad '" + new string('y', 1 << 20) + "'; expected a code");
        Assert.DoesNotContain('\u001B', p.Location);
        Assert.True(p.Message.Length <= SafeText.MessageLength + 40 && p.Location.Length <= 540, p.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("'; expected a code", p.Message, StringComparison.Ordinal);
        Assert.Contains("…[cut: 1,048,", p.Message, StringComparison.Ordinal);
    }
}
