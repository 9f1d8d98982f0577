using HumanSecurity.Formats.Hxl;

namespace HumanSecurity.Formats.Tests.Hxl;

public class HxlTagSpecTests
{
    [Theory]
    [InlineData("#ADM1", "#adm1")]
    [InlineData("#inneed +refugees +f +children", "#inneed+children+f+refugees")]
    [InlineData("  #Affected+F+Children  ", "#affected+children+f")]
    [InlineData("#foo +a +b", "#foo+a+b")]
    [InlineData("#x_toxicity+v_pcode", "#x_toxicity+v_pcode")]
    public void TryParse_ValidSpec_Canonicalises(string text, string canonical)
    {
        Assert.True(HxlTagSpec.TryParse(text, out var spec));
        Assert.Equal(canonical, spec.Canonical);
    }

    [Theory]
    [InlineData("#foo + a +b")]
    [InlineData("#0abc")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData("country")]
    [InlineData("#abc+x=y")]
    public void TryParse_InvalidSpec_ReturnsFalse(string text) => Assert.False(HxlTagSpec.TryParse(text, out _));

    [Fact]
    public void Display_KeepsAttributeOrder()
    {
        var spec = HxlTagSpec.Parse("#foo+b+a+c+w+x");
        Assert.Equal("#foo+b+a+c+w+x", spec.Display);
        Assert.True(spec.IsExtension is false);
        Assert.True(HxlTagSpec.Parse("#x_toxicity").IsExtension);
    }
}
