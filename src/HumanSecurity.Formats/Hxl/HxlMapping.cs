using HumanSecurity.Formats.Yaml;

namespace HumanSecurity.Formats.Hxl;

/// <summary>How HXL columns become observations (a YAML mapping file, all keys optional). Without one the reader picks the
/// finest <c>#admN+code</c> / <c>#country+code</c> column as area, the first <c>#date</c> as period, long form when
/// <c>#indicator+code</c> and <c>#value</c> exist, else wide form over the people-count tags.</summary>
public sealed class HxlMapping
{
    /// <summary>Tag pattern of the area code column, e.g. <c>#adm2+code</c>.</summary>
    public string? Area { get; set; }

    /// <summary>Tag pattern of the period column, e.g. <c>#date+reported</c>.</summary>
    public string? Period { get; set; }

    /// <summary>One period for every row when the file has none, e.g. <c>2024</c>.</summary>
    public string? FixedPeriod { get; set; }

    /// <summary>Long form: pattern of the indicator code column.</summary>
    public string? Indicator { get; set; }

    /// <summary>Long form: pattern of the value column.</summary>
    public string? Value { get; set; }

    /// <summary>Source written on every observation (default: the file name).</summary>
    public string? Source { get; set; }

    /// <summary>Wide form: which columns are values, and the indicator and disaggregation each stands for.</summary>
    public List<HxlColumnMapping> Columns { get; set; } = [];

    /// <summary>Extra attribute meanings, e.g. <c>disabled: {disability: DIS}</c>; adds to or replaces the defaults.</summary>
    public Dictionary<string, HxlDimensionValues> Attributes { get; set; } = [];

    /// <summary>Label, unit and direction of indicators the import creates (see <see cref="Import.IndicatorMapping"/>).</summary>
    public Dictionary<string, Import.IndicatorMapping> Indicators { get; set; } = [];

    /// <summary>Loads a mapping file; YAML errors and unknown keys become located problems.</summary>
    public static HxlMapping Load(string path)
    {
        var file = Path.GetFileName(path);
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InvalidInputException(file, $"cannot read mapping: {e.Message}");
        }
        return Parse(text, file);
    }

    public static HxlMapping Parse(string yaml, string file)
    {
        var mapping = YamlInput.Deserialize<HxlMapping>(yaml, file) ?? new HxlMapping();
        mapping.Validate(file);
        return mapping;
    }

    private void Validate(string file)
    {
        var problems = new ProblemList();
        // An empty 'columns:' or 'attributes:' deserialises to null.
        Columns ??= [];
        Attributes ??= [];
        foreach (var (key, pattern) in new[] { ("area", Area), ("period", Period), ("indicator", Indicator), ("value", Value) })
        {
            if (pattern is not null && !HxlTagPattern.TryParse(pattern, out _, out var error)) problems.Error($"{file} {key}", $"'{pattern}': {error}");
        }
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] is null) problems.Error($"{file} columns[{i}]", "an empty entry; expected pattern: and indicator: (and optional sex, age, ...)");
            else if (!HxlTagPattern.TryParse(Columns[i].Pattern, out _, out var error)) problems.Error($"{file} columns[{i}].pattern", $"'{Columns[i].Pattern}': {error}");
        }
        Import.IndicatorMapping.ToDrafts(Indicators, file, problems);
        if (FixedPeriod is not null && !Observations.Period.TryParse(FixedPeriod, out _))
            problems.Error($"{file} fixed_period", $"'{FixedPeriod}' is not a period; expected {Observations.Period.ExpectedForms}");
        problems.ThrowIfErrors();
    }
}

/// <summary>One wide-form value column: the pattern selecting it and what it means.</summary>
public sealed class HxlColumnMapping : HxlDimensionValues
{
    public string Pattern { get; set; } = "";

    /// <summary>Indicator code; default derived from the tag and non-disaggregation attributes.</summary>
    public string? Indicator { get; set; }
}

/// <summary>Disaggregation codes an attribute or column stands for (null = not set by it).</summary>
public class HxlDimensionValues
{
    public string? Sex { get; set; }

    public string? Age { get; set; }

    public string? Group { get; set; }

    public string? Disability { get; set; }

    public string? Urbanisation { get; set; }
}
