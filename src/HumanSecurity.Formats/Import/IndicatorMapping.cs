using HumanSecurity.Indicators;

namespace HumanSecurity.Formats.Import;

/// <summary>The <c>indicators</c> section of an HXL or SDMX mapping file: what to record for indicators the import
/// creates (the file's own labels and units are used otherwise):
/// <code>
/// indicators:
///   CME_MRY0T4: { name: Under-five mortality rate, unit: deaths per 1000 live births, direction: higher_is_worse }
/// </code></summary>
public sealed class IndicatorMapping
{
    public string? Name { get; set; }

    public string? Unit { get; set; }

    /// <summary><c>higher_is_worse</c> or <c>higher_is_better</c> (also 1 / -1).</summary>
    public string? Direction { get; set; }

    public string? Description { get; set; }

    /// <summary>The drafts a mapping section declares; a direction that cannot be read is a located error.</summary>
    public static Dictionary<string, IndicatorDraft> ToDrafts(IReadOnlyDictionary<string, IndicatorMapping> section, string file, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(problems);
        var drafts = new Dictionary<string, IndicatorDraft>(StringComparer.Ordinal);
        foreach (var (code, m) in section)
        {
            Direction? direction = null;
            if (m?.Direction is { } text)
            {
                if (IndicatorVocabulary.TryParseDirection(text, out var d)) direction = d;
                else problems.Error($"{file} indicators.{code}.direction", $"'{text}' is not a direction; expected higher_is_worse or higher_is_better (or 1 / -1)");
            }
            drafts[code] = new IndicatorDraft(code) { Name = Empty(m?.Name), Unit = Empty(m?.Unit), Direction = direction, Description = Empty(m?.Description) };
        }
        return drafts;
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
