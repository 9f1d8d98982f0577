using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Extensions;

namespace HumanSecurity.Web.Api;

/// <summary>A page of a list, written in the negotiated <see cref="ApiFormat"/>: the page object as JSON, or its rows as
/// CSV (<see cref="CsvRows"/>) or, where offered, through a format writer. Every format carries the paging headers
/// <c>X-Total-Count</c> and, when more rows follow, <c>Link: &lt;…offset=N…&gt;; rel="next"</c>.</summary>
/// <typeparam name="TRow">The row type (a record).</typeparam>
public sealed class ApiList<TRow>(object body, IReadOnlyList<TRow> rows, PageInfo page, ApiFormat format) : IResult
{
    /// <summary>Writes the rows in <see cref="ApiFormat.Hxl"/> or <see cref="ApiFormat.SdmxCsv"/>, for lists that offer them.</summary>
    public Action<TextWriter, ApiFormat, IReadOnlyList<TRow>>? OtherFormats { get; init; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
        if (page.Truncated) response.Headers.Link = $"<{NextUrl(httpContext.Request)}>; rel=\"next\"";
        if (format == ApiFormat.Json)
        {
            await TypedResults.Json(body, contentType: format.ContentType()).ExecuteAsync(httpContext);
            return;
        }
        string text;
        if (format == ApiFormat.Csv) text = CsvRows.Write(rows);
        else
        {
            if (OtherFormats is null) throw new InvalidOperationException($"format {format.ToCode()} was negotiated for a list that does not write it");
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            OtherFormats(writer, format, rows);
            text = writer.ToString();
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        response.ContentType = format.ContentType();
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    private string NextUrl(HttpRequest request)
    {
        var query = request.Query.Where(q => q.Key != "offset").Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString()))
            .Append(new("offset", (page.Offset + page.Count).ToString(CultureInfo.InvariantCulture)));
        return request.PathBase + request.Path + new QueryBuilder(query).ToQueryString();
    }
}
