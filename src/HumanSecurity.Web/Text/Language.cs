using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace HumanSecurity.Web.Text;

/// <summary>An interface language of the dashboard. <c>?lang=</c> chooses one (a problem naming the parameter when it is
/// not offered), else the request's Accept-Language (highest quality first), else English.</summary>
public sealed record Language(string Code, NumberFormatInfo Numbers)
{
    public static Language English { get; } = new("en", NumberFormatInfo.InvariantInfo);

    public static Language French { get; } = new("fr", FrenchNumbers());

    public static IReadOnlyList<Language> All { get; } = [English, French];

    /// <summary>The codes accepted by <c>?lang=</c>, as shown in errors.</summary>
    public static string AcceptedCodes => string.Join(", ", All.Select(l => l.Code));

    public static bool TryParse(string? code, out Language language)
    {
        language = All.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? English;
        return All.Any(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The language of a request: <paramref name="lang"/> when given (null and a problem text when it is not
    /// offered), else the best Accept-Language match, else English.</summary>
    public static Language? FromRequest(HttpRequest request, string? lang, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        problem = null;
        if (!string.IsNullOrEmpty(lang))
        {
            if (TryParse(lang, out var chosen)) return chosen;
            problem = $"query parameter 'lang' must be one of {AcceptedCodes}, not '{lang}'";
            return null;
        }
        return FromAcceptLanguage(request.Headers.AcceptLanguage.ToString());
    }

    /// <summary>The offered language with the highest quality in an Accept-Language header (<c>fr-CH, fr;q=0.9, en;q=0.8</c>).</summary>
    public static Language FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var values)) return English;
        foreach (var v in values.OrderByDescending(v => v.Quality ?? 1))
        {
            var tag = v.Value.Value ?? "";
            var primary = tag.Split('-')[0];
            if (TryParse(primary, out var language)) return language;
        }
        return English;
    }

    private static NumberFormatInfo FrenchNumbers()
    {
        var f = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        f.NumberDecimalSeparator = ",";
        f.NumberGroupSeparator = "\u202F";
        f.PercentDecimalSeparator = ",";
        f.PercentGroupSeparator = "\u202F";
        return NumberFormatInfo.ReadOnly(f);
    }
}
