using System.Collections.Frozen;
using System.Text.Json;

namespace HumanSecurity.Web.Text;

/// <summary>Every interface text of the dashboard and reports, per language, from the embedded resource files
/// <c>Text/Resources/{lang}.json</c> (flat objects of key → text; <c>{0}</c> marks an argument). Both languages have the
/// same keys (a test checks); asking for a key that does not exist is a bug and throws.</summary>
public sealed class DashboardText
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    private DashboardText(FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    public static DashboardText Shared { get; } = Load();

    /// <summary>The keys of one language, for the completeness test.</summary>
    public IReadOnlyCollection<string> Keys(Language language) => _byLanguage[language.Code].Keys;

    /// <summary>The texts of one language.</summary>
    public TextSet For(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return new TextSet(language, _byLanguage[language.Code]);
    }

    private static DashboardText Load()
    {
        var assembly = typeof(DashboardText).Assembly;
        var map = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in Language.All)
        {
            var name = $"text/{language.Code}.json";
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"embedded resource {name} is missing from {assembly.GetName().Name}");
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"embedded resource {name} is not a JSON object of texts");
            map[language.Code] = texts.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return new DashboardText(map.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
