using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace HumanSecurity.Web.Api;

/// <summary>Content negotiation of lists: <c>?format=json|csv|hxl|sdmx-csv</c> wins; otherwise the <c>Accept</c>
/// header's preferred type among <c>application/json</c>, <c>text/csv</c> and
/// <c>application/vnd.sdmx.data+csv</c>; otherwise JSON. One list of forms for parsing, media types and errors.</summary>
public static class ApiFormats
{
    /// <summary>What lists other than observations offer.</summary>
    public static IReadOnlyList<ApiFormat> Tables { get; } = [ApiFormat.Json, ApiFormat.Csv];

    /// <summary>What observations offer.</summary>
    public static IReadOnlyList<ApiFormat> Observations { get; } = [ApiFormat.Json, ApiFormat.Csv, ApiFormat.Hxl, ApiFormat.SdmxCsv];

    public static string ToCode(this ApiFormat format) => format switch
    {
        ApiFormat.Json => "json",
        ApiFormat.Csv => "csv",
        ApiFormat.Hxl => "hxl",
        ApiFormat.SdmxCsv => "sdmx-csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The <c>Content-Type</c> of a response in the format.</summary>
    public static string ContentType(this ApiFormat format) => format switch
    {
        ApiFormat.Json => "application/json; charset=utf-8",
        ApiFormat.Csv => "text/csv; charset=utf-8; header=present",
        ApiFormat.Hxl => "text/csv; charset=utf-8; header=present",
        ApiFormat.SdmxCsv => "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format for a request, or a problem: 400 naming <c>format</c> when it is unknown or not offered here,
    /// 406 naming <c>Accept</c> when no type it lists is offered.</summary>
    public static ProblemHttpResult? Negotiate(HttpRequest request, string? format, IReadOnlyList<ApiFormat> offered, out ApiFormat chosen)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(offered);
        chosen = ApiFormat.Json;
        var codes = string.Join(", ", offered.Select(f => f.ToCode()));
        if (format is not null)
        {
            var named = Enum.GetValues<ApiFormat>().Where(f => f.ToCode() == format).Select(f => (ApiFormat?)f).FirstOrDefault();
            if (named is { } f && offered.Contains(f))
            {
                chosen = f;
                return null;
            }
            var why = named is null ? "is not a format" : "is not offered by this endpoint";
            return ApiProblems.BadRequest($"query parameter 'format': '{format}' {why}; expected {codes}");
        }
        var accept = request.Headers.Accept;
        if (accept.Count == 0) return null;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types) || types.Count == 0) return null;
        foreach (var type in types.OrderByDescending(t => t.Quality ?? 1))
        {
            if (type.Quality == 0) continue;
            if (FormatOf(type.MediaType.Value, offered) is { } f)
            {
                chosen = f;
                return null;
            }
        }
        var shown = accept.ToString() is { Length: > 100 } longText ? longText[..100] + "…" : accept.ToString();
        return TypedResults.Problem($"header 'Accept' ('{shown}') lists no type this endpoint writes; it writes {codes} " +
            "(application/json, text/csv" + (offered.Contains(ApiFormat.SdmxCsv) ? ", application/vnd.sdmx.data+csv" : "") + ") or ask with ?format=",
            statusCode: StatusCodes.Status406NotAcceptable, title: "Not acceptable");
    }

    private static ApiFormat? FormatOf(string? mediaType, IReadOnlyList<ApiFormat> offered) => mediaType?.ToLowerInvariant() switch
    {
        "application/json" or "application/*" or "*/*" or "application/problem+json" => ApiFormat.Json,
        "text/csv" or "text/*" => ApiFormat.Csv,
        "application/vnd.sdmx.data+csv" when offered.Contains(ApiFormat.SdmxCsv) => ApiFormat.SdmxCsv,
        _ => null,
    };
}
