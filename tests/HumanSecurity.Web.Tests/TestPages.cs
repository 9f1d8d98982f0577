using System.Text.Json;

namespace HumanSecurity.Web.Tests;

/// <summary>Helpers to read the server-rendered pages: the JSON data blocks, sections by id, counts.</summary>
internal static class TestPages
{
    /// <summary>The JSON of a <c>&lt;script type="application/json" id="ID"&gt;</c> block.</summary>
    public static JsonElement Json(string html, string id)
    {
        var marker = $"id=\"{id}\">";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no JSON block #{id} in the page");
        start += marker.Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(html[start..end]);
        return doc.RootElement.Clone();
    }

    /// <summary>The HTML of the element with this id up to its closing tag (tables and sections).</summary>
    public static string Section(string html, string id, string closing = "</table>")
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no #{id} in the page");
        var end = html.IndexOf(closing, start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    public static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
