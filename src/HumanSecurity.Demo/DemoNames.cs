namespace HumanSecurity.Demo;

/// <summary>Invented place names built from syllables; each name is used once per data set.</summary>
internal sealed class DemoNames(DemoRandom random)
{
    private static readonly string[] Starts =
        ["Val", "Ost", "Mir", "Kel", "Dra", "Sel", "Tor", "Ven", "Cal", "Bren", "Lum", "Ar", "Zan", "Quel", "Fen", "Hal", "Ner", "Sav", "Tam", "Ul", "Yor", "Pell", "Gar", "Ris"];

    private static readonly string[] Middles = ["a", "e", "i", "o", "u", "ae", "ia", "ou", "or", "an", "el", "ir"];

    private static readonly string[] Ends =
        ["mora", "vin", "dale", "stra", "ncia", "thar", "lund", "mir", "bek", "sora", "nari", "dor", "ven", "ssa", "rith", "ga", "ton", "lia"];

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Next()
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = random.Pick(Starts) + (random.Chance(0.5) ? random.Pick(Middles) : "") + random.Pick(Ends);
            if (attempt > 50) name += " " + (char)('A' + attempt % 26);
            if (_used.Add(name)) return name;
        }
    }
}
