using HumanSecurity.Areas;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Csv;

/// <summary>Reads and checks the rows of a gazetteer, merging rows that give one code's populations for several
/// periods.</summary>
internal sealed class GazetteerRows(CsvFile csv, CsvColumns columns, GazetteerExtras extras, Period? defaultPeriod, ProblemList problems)
{
    private readonly Dictionary<string, (Area Area, int Line, List<AreaPopulation> Populations)> _byCode = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, int> _lineOf = new(StringComparer.Ordinal);

    /// <summary>Line where each code first appears.</summary>
    public IReadOnlyDictionary<string, int> LineOf => _lineOf;

    public void ReadAll()
    {
        int code = columns["code"], name = columns["name"], kind = columns["kind"], parent = columns["parent"];
        int population = columns["population"], period = columns["period"], validFrom = columns["valid_from"], validTo = columns["valid_to"];
        foreach (var row in csv.Reader)
        {
            if (!csv.CheckColumnCount(row, problems)) continue;
            var line = row.LineNumberFrom;
            var c = row[code].Span.Trim().ToString();
            var n = row[name].Span.Trim().ToString();
            var k = row[kind].Span.Trim().ToString();
            var p = parent >= 0 ? row[parent].Span.Trim().ToString() : "";
            if (c.Length == 0) { problems.Error(At(line, "code"), "area code is empty; expected a non-empty code"); continue; }
            if (n.Length == 0) problems.Error(At(line, "name"), $"name of area '{c}' is empty; expected a name");
            if (!AreaKinds.TryParse(k, out var areaKind))
            {
                problems.Error(At(line, "kind"), $"'{k}' is not an area kind; expected one of {string.Join(", ", AreaKinds.AllCodes)}");
                continue;
            }
            var area = new Area(c, n, areaKind, p.Length == 0 ? null : p)
            {
                AlternateNames = extras.Names(row),
                ValidFrom = validFrom >= 0 ? extras.Date(row[validFrom].Span.Trim().ToString(), line, "valid_from", problems) : null,
                ValidTo = validTo >= 0 ? extras.Date(row[validTo].Span.Trim().ToString(), line, "valid_to", problems) : null,
            };
            extras.CheckRange(area, line, problems);
            var pop = population >= 0 ? ReadPopulation(row[population].Span, period >= 0 ? row[period].Span : [], line, c) : null;
            Merge(area, pop, line);
        }
    }

    private AreaPopulation? ReadPopulation(ReadOnlySpan<char> populationText, ReadOnlySpan<char> periodText, int line, string code)
    {
        populationText = populationText.Trim();
        periodText = periodText.Trim();
        if (populationText.IsEmpty)
        {
            if (!periodText.IsEmpty) problems.Error(At(line, "population"), $"population of '{code}' is empty but a period is given; expected a number");
            return null;
        }
        if (!AreasCsvImporter.TryParsePopulation(populationText, out var value))
        {
            problems.Error(At(line, "population"), $"'{populationText}' is not a number; expected a population such as 125000");
            return null;
        }
        if (value < 0) problems.Error(At(line, "population"), $"population {populationText} is negative; expected a number >= 0");
        Period p;
        if (periodText.IsEmpty)
        {
            if (defaultPeriod is not { } d)
            {
                problems.Error(At(line, "period"), "population has no period; expected a 'period' column (e.g. 2024) or --period");
                return null;
            }
            p = d;
        }
        else if (!Period.TryParse(periodText, out p))
        {
            problems.Error(At(line, "period"), $"'{periodText}' is not a period; expected {Period.ExpectedForms}");
            return null;
        }
        return new AreaPopulation(p, value);
    }

    private void Merge(Area area, AreaPopulation? population, int line)
    {
        if (!_byCode.TryGetValue(area.Code, out var entry))
        {
            _byCode[area.Code] = entry = (area, line, []);
            _order.Add(area.Code);
            _lineOf[area.Code] = line;
        }
        else if ((entry.Area.Name, entry.Area.Kind, entry.Area.ParentCode, entry.Area.ValidFrom, entry.Area.ValidTo) != (area.Name, area.Kind, area.ParentCode, area.ValidFrom, area.ValidTo)
                 || !SameNames(entry.Area.AlternateNames, area.AlternateNames))
        {
            problems.Error(At(line, "code"), $"area '{area.Code}' is also on line {entry.Line} with a different name, kind, parent, name_<lang> or validity; expected the same values on every row of a code");
            return;
        }
        else if (population is null)
        {
            problems.Error(At(line, "code"), $"duplicate area code '{area.Code}' (first on line {entry.Line}); expected each code once, or one row per population period");
            return;
        }
        if (population is null) return;
        var same = entry.Populations.FindIndex(x => x.Period == population.Period);
        if (same >= 0)
            problems.Error(At(line, "period"), $"population of '{area.Code}' for {population.Period} is given twice; expected one value per period");
        else entry.Populations.Add(population);
    }

    private static bool SameNames(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    public IReadOnlyList<Area> Build() =>
        _order.Select(c => _byCode[c]).Select(e => e.Area with { Populations = e.Populations.OrderBy(p => p.Period).ToList() }).ToList();

    private string At(int line, string column) => Problem.At(csv.FileName, line, column);
}
