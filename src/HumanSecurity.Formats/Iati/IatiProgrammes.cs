using HumanSecurity.Programmes;

namespace HumanSecurity.Formats.Iati;

/// <summary>Maps IATI activities to <see cref="Programme"/>s: status name, start (actual, else planned), end (actual, else
/// planned), areas (recipient countries, location refs and non-GeoNames/OSM location ids such as P-codes), SDGs (sector
/// vocabularies 7/8/9, tag vocabularies 2/3), budget (revised over original per period), funder (role 1).</summary>
public static class IatiProgrammes
{
    public static Programme ToProgramme(IatiActivity a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var areas = a.RecipientCountries.Select(c => c.Code)
            .Concat(a.Locations.Select(l => l.Ref).OfType<string>())
            .Concat(a.Locations.SelectMany(l => l.Ids).Where(i => i.Vocabulary is not ("G1" or "G2") && i.Code.Length > 0).Select(i => i.Code))
            .Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var sdgs = a.Sectors.Where(s => s.Vocabulary is "7" or "8" or "9").Select(s => s.Code)
            .Concat(a.Tags.Where(t => t.Vocabulary is "2" or "3").Select(t => t.Code)).Distinct(StringComparer.Ordinal).ToList();
        var budgets = a.Budgets.GroupBy(b => (b.Start, b.End)).Select(g => g.OrderByDescending(b => b.Type == "2").First()).ToList();
        var funder = a.ParticipatingOrgs.FirstOrDefault(o => o.Role == "1");
        return new Programme(a.Identifier, a.TitleText)
        {
            Status = IatiCodes.StatusName(a.Status),
            Start = a.DateOf("2") ?? a.DateOf("1"),
            End = a.DateOf("4") ?? a.DateOf("3"),
            Areas = areas,
            Sdgs = sdgs,
            Budget = budgets.Count > 0 ? budgets.Sum(b => b.Value) : null,
            Currency = budgets.Select(b => b.Currency).FirstOrDefault(c => c is not null) ?? a.DefaultCurrency,
            Funder = funder?.Name ?? funder?.Ref,
        };
    }

    /// <summary>Programmes of a document; activities without an identifier are errors (located by line).</summary>
    public static List<Programme> ToProgrammes(IatiDocument doc, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(problems);
        var result = new List<Programme>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in doc.Activities)
        {
            var at = Problem.At(doc.File, a.Line, "iati-activity");
            if (a.Identifier.Length == 0) { problems.Error(at, "iati-identifier is empty; a programme needs an identifier"); continue; }
            if (!seen.Add(a.Identifier)) { problems.Error(at, $"iati-identifier '{a.Identifier}' appears twice"); continue; }
            result.Add(ToProgramme(a));
        }
        return result;
    }
    /// <summary>Recipient countries are ISO 3166-1 alpha-2 codes in IATI; where the store names that country by its
    /// alpha-3 code (<c>CF</c> → <c>CAF</c>) and not by the two letters, the programme's area becomes the store's code,
    /// with one warning per code.</summary>
    public static List<Programme> MatchCountries(List<Programme> programmes, IReadOnlySet<string> storeAreas, string file, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentNullException.ThrowIfNull(storeAreas);
        ArgumentNullException.ThrowIfNull(problems);
        var warned = new HashSet<string>(StringComparer.Ordinal);
        string Match(string code)
        {
            if (!IsCountry(code) || storeAreas.Contains(code) || !Import.CountryCodes.TryIso3(code, out var iso3) || !storeAreas.Contains(iso3)) return code;
            if (warned.Add(code)) problems.Warning(file, $"recipient country '{code}' is area '{iso3}' in the store (ISO 3166-1 alpha-2 to alpha-3)");
            return iso3;
        }
        return [.. programmes.Select(p => p with { Areas = [.. p.Areas.Select(Match).Distinct(StringComparer.Ordinal)] })];
    }

    /// <summary>An IATI activity for a programme (export): planned start/end dates (required: at least one), recipient
    /// countries for two-letter codes and for ISO 3166-1 alpha-3 country codes (written as alpha-2, <c>CAF</c> →
    /// <c>CF</c>), location refs for other area codes (P-codes), SDG sectors (vocabulary 7 goal,
    /// 8 target, 9 indicator), one original budget over the programme's dates, the funder as participating org (role 1).
    /// Clusters, prevention, leverage and target people have no IATI element and are not written.</summary>
    public static IatiActivity ToActivity(Programme p, string reportingOrgRef = "XX-HSO", string reportingOrgName = "Human Security Observatory")
    {
        ArgumentNullException.ThrowIfNull(p);
        var dates = new List<(string, DateOnly)>();
        if (p.Start is { } s) dates.Add(("1", s));
        if (p.End is { } e) dates.Add(("3", e));
        if (dates.Count == 0) throw new InvalidInputException($"programme {p.Id}", "has no start or end date; IATI requires at least one activity-date");
        var reporting = new IatiOrg(reportingOrgRef, "90", null, [new IatiNarrative("", reportingOrgName)]);
        return new IatiActivity(p.Id)
        {
            DefaultCurrency = p.Currency,
            ReportingOrg = reporting,
            Title = [new IatiNarrative("", p.Title)],
            Descriptions = [("1", [new IatiNarrative("", p.Title)])],
            ParticipatingOrgs = p.Funder is { } f ? [new IatiOrg(null, null, "1", [new IatiNarrative("", f)])] : [reporting with { Role = "2", Type = null }],
            Status = IatiCodes.StatusCode(p.Status),
            Dates = dates,
            RecipientCountries = [.. p.Areas.Select(CountryOf).OfType<string>().Distinct(StringComparer.Ordinal).Select(a => new IatiShare(a, null, null))],
            Locations = [.. p.Areas.Where(a => CountryOf(a) is null).Select(a => new IatiLocation(a, [], null, [], null, null))],
            Sectors = [.. p.Sdgs.Select(g => new IatiShare(g, (g.Count(c => c == '.') + 7).ToString(System.Globalization.CultureInfo.InvariantCulture), null))],
            Budgets = p.Budget is { } b && p.Start is { } bs && p.End is { } be ? [new IatiBudget("1", "1", bs, be, b, p.Currency, bs)] : [],
        };
    }

    private static bool IsCountry(string code) => code.Length == 2 && code.All(char.IsAsciiLetterUpper);

    // The IATI recipient-country code of an area code: itself when two letters, the alpha-2 of an ISO alpha-3 code.
    private static string? CountryOf(string code) =>
        IsCountry(code) ? code : code.Length == 3 && code.All(char.IsAsciiLetterUpper) && Import.CountryCodes.TryIso2(code, out var iso2) ? iso2 : null;
}
