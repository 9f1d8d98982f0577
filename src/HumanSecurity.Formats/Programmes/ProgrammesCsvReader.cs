using System.Globalization;
using System.Text.RegularExpressions;
using HumanSecurity.Indicators;
using HumanSecurity.Programmes;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Programmes;

/// <summary>Reads a programmes CSV (<c>id,title,status,start,end,areas,clusters,sdgs,budget,currency,leveraged,funder,
/// prevention,target_people</c>; only <c>id</c> and <c>title</c> are required; lists are <c>|</c>-separated) and reports
/// every problem with file, line, column, value and what was expected.</summary>
public static partial class ProgrammesCsvReader
{
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "title", "status", "start", "end", "areas", "clusters", "sdgs", "budget", "currency", "leveraged", "funder", "prevention", "target_people"];

    /// <summary>Parses every row; problems go to <paramref name="problems"/> (rows with errors are left out).
    /// <paramref name="knownArea"/>, when given, checks each area code; <paramref name="matchArea"/>, when given, turns an
    /// area that is not a code into one (<c>--match-areas</c>: name, line → code, or null when it cannot, which leaves the
    /// row out; the matcher reports it).</summary>
    public static List<Programme> Read(string path, string displayName, ProblemList problems, Func<string, bool>? knownArea = null,
        Func<string, int, string?>? matchArea = null)
    {
        try
        {
            return ReadRows(path, displayName, problems, new AreaCheck(knownArea, matchArea));
        }
        catch (InvalidDataException e)
        {
            problems.Error(displayName, $"malformed CSV: {e.Message}");
            return [];
        }
        catch (ArgumentException e)
        {
            throw Csv.CsvFile.RepeatedColumn(displayName, e);
        }
    }

    private sealed record AreaCheck(Func<string, bool>? Known, Func<string, int, string?>? Match);

    private static List<Programme> ReadRows(string path, string displayName, ProblemList problems, AreaCheck knownArea)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.All }).From(Text.TextDecoding.Open(path));
        var header = reader.Header.ColNames.Select(c => c.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        CheckHeader(header, displayName, problems);
        if (problems.HasErrors) return [];
        var list = new List<Programme>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++) cells[header[i]] = row[i].ToString();
            var line = row.LineNumberFrom;
            var errorsBefore = problems.ErrorCount;
            var programme = ParseRow(new RowContext(displayName, line, cells, problems), knownArea);
            if (programme is not null && !ids.Add(programme.Id))
                problems.Error(Problem.At(displayName, line, "id"), $"duplicate programme id '{programme.Id}'; expected each id once");
            if (programme is not null && problems.ErrorCount == errorsBefore) list.Add(programme);
        }
        return list;
    }

    private static void CheckHeader(List<string> header, string file, ProblemList problems)
    {
        foreach (var c in header.Where(c => !Columns.Contains(c)))
            problems.Error(Problem.At(file, 1, c), $"unknown column '{c}'; expected some of {string.Join(", ", Columns)}");
        foreach (var c in new[] { "id", "title" }.Where(c => !header.Contains(c)))
            problems.Error(Problem.At(file, 1), $"missing required column '{c}'");
        foreach (var g in header.GroupBy(c => c).Where(g => g.Count() > 1))
            problems.Error(Problem.At(file, 1, g.Key), $"column '{g.Key}' appears {g.Count()} times; expected once");
    }

    private static Programme? ParseRow(RowContext r, AreaCheck check)
    {
        var id = r.Get("id");
        var title = r.Get("title");
        if (id.Length == 0) r.Error("id", "", "a non-empty programme id");
        if (title.Length == 0) r.Error("title", "", "a non-empty title");
        var start = r.Date("start");
        var end = r.Date("end");
        if (start is { } s && end is { } e && e < s) r.Error("end", r.Get("end"), $"a date on or after start {s:yyyy-MM-dd}");
        if (Areas(r, check) is not { } areas) return null;
        var clusters = new List<ThreatCluster>();
        foreach (var c in r.List("clusters"))
        {
            if (IndicatorVocabulary.TryParseCluster(c, out var cluster)) clusters.Add(cluster);
            else r.Error("clusters", c, "one of climate, digital, health, poverty, conflict");
        }
        var sdgs = r.List("sdgs");
        foreach (var g in sdgs.Where(g => !IsSdg(g))) r.Error("sdgs", g, "an SDG goal 1..17 or target such as 16.1 or 6.a");
        var currency = r.Get("currency");
        if (currency.Length > 0 && !CurrencyPattern().IsMatch(currency)) r.Error("currency", currency, "a three-letter ISO 4217 code such as USD");
        var prevention = r.Flag("prevention");
        return new Programme(id, title)
        {
            Status = NullIfEmpty(r.Get("status")), Start = start, End = end, Areas = areas, Clusters = clusters, Sdgs = sdgs,
            Budget = r.Amount("budget"), Currency = NullIfEmpty(currency), Leveraged = r.Amount("leveraged"),
            Funder = NullIfEmpty(r.Get("funder")), Prevention = prevention, TargetPeople = r.Amount("target_people"),
        };
    }

    /// <summary>The row's area codes; null when a name could not be matched (the row is then left out).</summary>
    private static List<string>? Areas(RowContext r, AreaCheck check)
    {
        var codes = new List<string>();
        var unmatched = false;
        foreach (var a in r.List("areas"))
        {
            if (check.Known is null || check.Known(a)) codes.Add(a);
            else if (check.Match is null) r.Error("areas", a, "a known area code (import the areas first, or match names with --match-areas)");
            else if (check.Match(a, r.Line) is { } code) codes.Add(code);
            else unmatched = true;
        }
        return unmatched ? null : codes;
    }

    private static bool IsSdg(string text)
    {
        var m = SdgPattern().Match(text);
        return m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is >= 1 and <= 17;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    [GeneratedRegex(@"^(\d{1,2})(\.[0-9a-z]{1,2}(\.\d{1,2})?)?$")]
    private static partial Regex SdgPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
