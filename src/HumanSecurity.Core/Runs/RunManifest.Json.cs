using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HumanSecurity.Runs;

public sealed partial record RunManifest
{
    private static readonly JsonSerializerOptions Indented = Settings(indented: true);
    private static readonly JsonSerializerOptions Compact = Settings(indented: false);

    private static JsonSerializerOptions Settings(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The manifest as JSON (snake_case field names; indented unless <paramref name="indented"/> is false).</summary>
    public string ToJson(bool indented = true) => JsonSerializer.Serialize(this, indented ? Indented : Compact);

    /// <summary>Reads a manifest written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where it came from (a file name, <c>run 3</c>), for error messages.</param>
    /// <exception cref="InvalidInputException">Not JSON, not a manifest, or written by a newer engine.</exception>
    public static RunManifest FromJson(string json, string source = "run.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        RunManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<RunManifest>(json, Compact);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? Problem.At(source, (int)l + 1) : source;
            throw new InvalidInputException(line, $"not a run manifest: {e.Message}");
        }
        if (manifest is null) throw new InvalidInputException(source, "not a run manifest: the JSON is null");
        if (manifest.Format > CurrentFormat)
            throw new InvalidInputException(source, $"manifest format {manifest.Format} was written by a newer hso (this one reads up to {CurrentFormat}); upgrade hso");
        return manifest;
    }
}
