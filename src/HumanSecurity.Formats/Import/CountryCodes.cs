using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Import;

/// <summary>ISO 3166-1 alpha-2 ↔ alpha-3 for the 250 countries and areas of the standard (embedded
/// <c>iso-3166-1.csv</c>, from the npm package i18n-iso-countries 7.14.0, MIT). IATI names recipient countries by
/// alpha-2 (<c>CF</c>); gazetteers and SDMX usually by alpha-3 (<c>CAF</c>).</summary>
public static class CountryCodes
{
    private static readonly Lazy<(Dictionary<string, string> ToIso3, Dictionary<string, string> ToIso2)> Table = new(Load);

    public static int Count => Table.Value.ToIso3.Count;

    /// <summary>The alpha-3 code of an alpha-2 code (any case).</summary>
    public static bool TryIso3(string iso2, out string iso3) => Table.Value.ToIso3.TryGetValue(iso2.ToUpperInvariant(), out iso3!);

    /// <summary>The alpha-2 code of an alpha-3 code (any case).</summary>
    public static bool TryIso2(string iso3, out string iso2) => Table.Value.ToIso2.TryGetValue(iso3.ToUpperInvariant(), out iso2!);

    private static (Dictionary<string, string>, Dictionary<string, string>) Load()
    {
        using var stream = typeof(CountryCodes).Assembly.GetManifestResourceStream("iso-3166-1.csv")
            ?? throw new InvalidOperationException("embedded resource iso-3166-1.csv is missing");
        using var reader = new StreamReader(stream);
        var toIso3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var toIso2 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in DelimitedText.ReadAll(reader.ReadToEnd(), ',', "iso-3166-1.csv").Skip(2))
        {
            if (row.Cell(0).Length != 2 || row.Cell(1).Length != 3) continue;
            toIso3[row.Cell(0)] = row.Cell(1);
            toIso2[row.Cell(1)] = row.Cell(0);
        }
        return (toIso3, toIso2);
    }
}
