using System.Text.Json;
using HumanSecurity.Areas;

namespace HumanSecurity.Formats.CodAb;

/// <summary>Lays an area's <see cref="Area.AlternateNames"/> out in COD-AB columns for <see cref="GeoJsonWriter"/>: the
/// language of <see cref="Area.Name"/> becomes <c>lang</c> (<c>adm{L}_name</c>), up to three other languages
/// <c>lang1..3</c> (<c>adm{L}_name1..3</c>), <c>ref</c> becomes <c>adm{L}_ref</c>, and further two-letter languages are
/// written legacy-style as <c>adm{L}_{lang}</c> so that the reader gets every name back.</summary>
internal static class CodAbNames
{
    /// <summary>Row languages: index 0 = language of the main name (null when unknown), then up to three others, then
    /// the rest.</summary>
    public static List<string?> Languages(Area area)
    {
        var names = area.AlternateNames;
        string? main = names.Where(n => n.Key != "ref" && n.Value == area.Name).Select(n => n.Key).Order(StringComparer.Ordinal).FirstOrDefault();
        var list = new List<string?> { main };
        list.AddRange(names.Keys.Where(k => k != "ref" && k != main).Order(StringComparer.Ordinal));
        return list;
    }

    /// <summary>Writes <c>adm{L}_name</c>, <c>adm{L}_name1..3</c>, <c>adm{L}_ref</c> and extra languages for one level.</summary>
    public static void Write(Utf8JsonWriter w, int level, Area area, IReadOnlyList<string?> languages)
    {
        w.WriteString($"adm{level}_name", area.Name);
        for (var i = 1; i < languages.Count; i++)
        {
            if (!area.AlternateNames.TryGetValue(languages[i]!, out var name)) continue;
            if (i <= 3) w.WriteString($"adm{level}_name{i}", name);
            else if (languages[i]!.Length == 2 && languages[i]!.All(char.IsAsciiLetterLower)) w.WriteString($"adm{level}_{languages[i]}", name);
        }
        if (area.AlternateNames.TryGetValue("ref", out var reference)) w.WriteString($"adm{level}_ref", reference);
    }
}
