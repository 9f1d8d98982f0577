using System.Text.Json;
using System.Text.Json.Serialization;

namespace HumanSecurity.ClickHouse.Import;

/// <summary>A survey table column as recorded in the <c>survey_tables</c> catalogue: the name from the file and whether it
/// is numeric; its position is its ClickHouse column <c>c{index}</c>.</summary>
internal sealed record SurveyColumn([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("numeric")] bool Numeric)
{
    public static JsonSerializerOptions Json { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<SurveyColumn> Parse(string json) => JsonSerializer.Deserialize<List<SurveyColumn>>(json, Json) ?? [];
}
