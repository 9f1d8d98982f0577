using HumanSecurity.Formats.Yaml;

namespace HumanSecurity.Formats.Kobo;

/// <summary>How a Kobo/ODK export becomes the poverty spec's survey tables (YAML):
/// <code>
/// households:
///   table: main                  # the main submissions table (default) or a repeat table name
///   columns: { hh_id: _uuid, hh_weight: weight, d_water: water_unsafe }
/// persons:
///   table: members               # a repeat group
///   columns: { hh_id: "parent:_uuid", age: member_age }
/// </code>
/// A source <c>parent:COLUMN</c> takes the column from the linked parent row (through <c>_parent_index</c> or
/// <c>PARENT_KEY</c>).</summary>
public sealed class SurveyMapping
{
    public SurveyTableMapping? Households { get; set; }

    public SurveyTableMapping? Persons { get; set; }

    public static SurveyMapping Load(string path)
    {
        var file = Path.GetFileName(path);
        try
        {
            var m = YamlInput.Deserialize<SurveyMapping>(File.ReadAllText(path), file);
            if (m?.Households is null || m.Households.Columns.Count == 0)
                throw new InvalidInputException(Problem.At(file, 1, "households"), "the mapping needs households.columns (target: source), including hh_id");
            return m;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InvalidInputException(file, $"cannot read mapping: {e.Message}");
        }
    }
}

/// <summary>One target table: source table name and target → source columns.</summary>
public sealed class SurveyTableMapping
{
    public string Table { get; set; } = "main";

    public Dictionary<string, string> Columns { get; set; } = [];
}
