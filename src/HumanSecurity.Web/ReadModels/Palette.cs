namespace HumanSecurity.Web.ReadModels;

/// <summary>The dashboard's colours: ColorBrewer's YlOrRd sequential schemes (colour-blind safe, print friendly; light =
/// least severe, dark = most severe) for 3 to 9 classes, and the fills for no data and suppressed cells.</summary>
public static class Palette
{
    public const string NoData = "#e3e3e3";

    public const string Suppressed = "#a6a6a6";

    private static readonly string[][] YlOrRd =
    [
        ["#ffeda0", "#feb24c", "#f03b20"],
        ["#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"],
        ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"],
        ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"],
        ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"],
        ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"],
        ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"],
    ];

    /// <summary>Colours for <paramref name="classes"/> ordered classes, least severe first (1 or 2 classes take the
    /// ends of the 3-class scheme; more than 9 repeat the darkest).</summary>
    public static IReadOnlyList<string> Sequential(int classes)
    {
        if (classes <= 0) return [];
        if (classes <= 2) return classes == 1 ? [YlOrRd[0][2]] : [YlOrRd[0][0], YlOrRd[0][2]];
        var scheme = YlOrRd[Math.Min(classes, 9) - 3];
        return [.. Enumerable.Range(0, classes).Select(i => scheme[Math.Min(i, scheme.Length - 1)])];
    }

    /// <summary>Black or white, whichever reads better on <paramref name="fill"/> (WCAG relative luminance).</summary>
    public static string TextOn(string fill)
    {
        if (fill.Length != 7 || fill[0] != '#') return "#000";
        double Channel(int i)
        {
            var c = Convert.ToInt32(fill.Substring(i, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var l = 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
        return l > 0.179 ? "#000" : "#fff";
    }
}
