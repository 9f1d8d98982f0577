using System.Text.Json;
using HumanSecurity.Web.ReadModels;
using HumanSecurity.Web.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace HumanSecurity.Web.Pages.Shell;

/// <summary>What every page knows: the texts of the chosen language, the store snapshot, the options, the page's path
/// and query, and which navigation entry is active. Links made with <see cref="Link"/> keep a language chosen by
/// <c>?lang=</c>.</summary>
public sealed record PageContext(TextSet Text, DashboardSnapshot Snapshot, WebOptions Options, string Path, IReadOnlyDictionary<string, string?> Query,
    string Active, bool LanguageFromQuery)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PageContext From(HttpRequest request, TextSet text, DashboardSnapshot snapshot, WebOptions options, string active, bool languageFromQuery)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query.ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString(), StringComparer.Ordinal);
        return new PageContext(text, snapshot, options, request.Path.Value ?? "/", query, active, languageFromQuery);
    }

    /// <summary>A link to <paramref name="path"/> with the given query values (nulls left out), and <c>lang</c> when the
    /// language was chosen in the query.</summary>
    public string Link(string path, params (string Name, string? Value)[] values)
    {
        var query = values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        if (LanguageFromQuery) query["lang"] = Text.Language.Code;
        return QueryHelpers.AddQueryString(path, query);
    }

    /// <summary>This page's URL in another language.</summary>
    public string InLanguage(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var query = Query.Where(kv => kv.Key != "lang").ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        query["lang"] = language.Code;
        return QueryHelpers.AddQueryString(Path, query);
    }

    /// <summary>JSON for a <c>&lt;script type="application/json"&gt;</c> block: &lt;, &gt; and &amp; are escaped, so the
    /// text cannot end the element.</summary>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);
}
