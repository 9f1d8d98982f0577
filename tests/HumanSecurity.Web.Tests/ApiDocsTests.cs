using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using HumanSecurity.Testing;

namespace HumanSecurity.Web.Tests;

/// <summary>Sends every request of the <c>http</c> blocks of docs/api.md, in order, to the demo app and checks the status
/// line under it. A request is a method and URL, optional header lines (<c>$VIEWER</c>, <c>$ANALYST</c>, <c>$ADMIN</c>,
/// <c>$REVOKED</c> stand for tokens, <c>$ETAG</c> for the ETag of the previous response), an optional blank line and body,
/// then <c>HTTP/1.1 NNN</c>.</summary>
public sealed partial class ApiDocsTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiDocs_EveryExample_AnswersDocumentedStatus()
    {
        var doc = await File.ReadAllTextAsync(Path.Combine(Fixtures.RepoRoot, "docs", "api.md"), Ct);
        var examples = Blocks().Matches(doc).SelectMany(b => Parse(b.Groups[1].Value)).ToList();
        Assert.True(examples.Count >= 40, $"only {examples.Count} examples found in docs/api.md");
        Assert.Contains(examples, e => e.Method != "GET");
        string? etag = null;
        foreach (var e in examples)
        {
            using var request = new HttpRequestMessage(new HttpMethod(e.Method), new Uri(e.Url, UriKind.Relative));
            if (e.Body is not null) request.Content = new StringContent(e.Body, Encoding.UTF8);
            foreach (var (name, raw) in e.Headers)
            {
                var value = demo.Tokens.Aggregate(raw, (v, t) => v.Replace(t.Key, t.Value, StringComparison.Ordinal)).Replace("$ETAG", etag ?? "\"none\"", StringComparison.Ordinal);
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) request.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
                else Assert.True(request.Headers.TryAddWithoutValidation(name, value), $"{e.Method} {e.Url}: header {name}");
            }
            var response = await demo.Client.SendAsync(request, Ct);
            Assert.True(e.Status == (int)response.StatusCode, $"{e.Method} {e.Url}: docs say {e.Status}, server answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
            if (e.Status >= 400) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            etag = response.Headers.ETag?.ToString() ?? etag;
        }
    }

    private sealed record Example(string Method, string Url, List<(string Name, string Value)> Headers, string? Body, int Status);

    private static IEnumerable<Example> Parse(string block)
    {
        var lines = block.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = Request().Match(lines[i]);
            if (!start.Success) continue;
            var headers = new List<(string, string)>();
            string? body = null;
            var j = i + 1;
            for (; j < lines.Length && Header().Match(lines[j]) is { Success: true } h; j++) headers.Add((h.Groups[1].Value, h.Groups[2].Value));
            if (j < lines.Length && lines[j].Length == 0) body = lines[++j];
            var status = Status().Match(lines[j + (body is null ? 0 : 1)]);
            Assert.True(status.Success, $"no status line after {lines[i]}");
            yield return new Example(start.Groups[1].Value, start.Groups[2].Value, headers, body, int.Parse(status.Groups[1].Value, CultureInfo.InvariantCulture));
            i = j;
        }
    }

    [GeneratedRegex(@"```http\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"^(GET|HEAD|PUT|POST|DELETE|PATCH) (\S+)$")]
    private static partial Regex Request();

    [GeneratedRegex(@"^([A-Za-z-]+): (.+)$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^HTTP/1\.1 (\d{3})$")]
    private static partial Regex Status();
}
