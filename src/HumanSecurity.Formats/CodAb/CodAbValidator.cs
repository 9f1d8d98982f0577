using System.Text.RegularExpressions;

namespace HumanSecurity.Formats.CodAb;

/// <summary>P-code rules of the COD-AB specification: letters prefix + digits without delimiters, ISO alpha-2 prefix
/// (alpha-3 accepted with a warning), child code starts with the parent's, one width per level per country, unique per level.</summary>
public static partial class CodAbValidator
{
    private const string DuplicatePrefix = "duplicate adm";

    /// <summary>Whether <paramref name="problem"/> is this validator's duplicate P-code error.</summary>
    public static bool IsDuplicate(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Message.StartsWith(DuplicatePrefix, StringComparison.Ordinal);
    }

    public static void Validate(IReadOnlyList<CodAbUnit> units, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(problems);
        var seen = new Dictionary<(int, string), CodAbUnit>();
        var alpha3Warned = false;
        foreach (var u in units)
        {
            CheckCode(u, problems, ref alpha3Warned);
            if (!seen.TryAdd((u.Level, u.Pcode), u))
                problems.Error(u.Location, $"{DuplicatePrefix}{u.Level} P-code '{u.Pcode}' (also at {seen[(u.Level, u.Pcode)].Location}); expected each P-code once per level");
            if (u.ParentPcode is { } parent && u.Level >= 1 && !u.Pcode.StartsWith(parent, StringComparison.OrdinalIgnoreCase))
                problems.Warning(u.Location, $"P-code '{u.Pcode}' does not start with its parent's P-code '{parent}'");
        }
        foreach (var g in units.Where(u => u.Level >= 1).GroupBy(u => (u.Level, Prefix: Prefix(u.Pcode))))
        {
            var modal = g.GroupBy(u => u.Pcode.Length).OrderByDescending(x => x.Count()).ThenBy(x => x.Key).First().Key;
            foreach (var u in g.Where(u => u.Pcode.Length != modal))
                problems.Warning(u.Location, $"P-code '{u.Pcode}' has {u.Pcode.Length} characters; other adm{u.Level} P-codes of {g.Key.Prefix} have {modal}");
        }
    }

    private static void CheckCode(CodAbUnit u, ProblemList problems, ref bool alpha3Warned)
    {
        if (u.Pcode.AsSpan().IndexOfAny(". -_/") >= 0)
        {
            problems.Error(u.Location, $"P-code '{u.Pcode}' contains a delimiter; expected letters then digits, e.g. CF62");
            return;
        }
        if (u.Level == 0 ? !CountryCode().IsMatch(u.Pcode) : !Pcode().IsMatch(u.Pcode))
        {
            problems.Error(u.Location, u.Level == 0
                ? $"country P-code '{u.Pcode}' is not a 2- or 3-letter code"
                : $"P-code '{u.Pcode}' is not a country prefix followed by digits, e.g. CF62");
            return;
        }
        if (!alpha3Warned && Prefix(u.Pcode).Length == 3)
        {
            alpha3Warned = true;
            problems.Warning(u.Location, $"P-code '{u.Pcode}' starts with an ISO alpha-3 prefix; the COD-AB standard recommends alpha-2");
        }
    }

    private static string Prefix(string pcode)
    {
        var i = 0;
        while (i < pcode.Length && char.IsAsciiLetter(pcode[i])) i++;
        return pcode[..i].ToUpperInvariant();
    }

    [GeneratedRegex("^[A-Za-z]{2,3}[0-9]+$")]
    private static partial Regex Pcode();

    [GeneratedRegex("^[A-Za-z]{2,3}$")]
    private static partial Regex CountryCode();
}
