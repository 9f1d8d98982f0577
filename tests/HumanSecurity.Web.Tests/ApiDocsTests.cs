using System.Text.RegularExpressions;
using HumanSecurity.Testing;

namespace HumanSecurity.Web.Tests;

/// <summary>Sends every <c>GET</c> example of docs/api.md to the demo app and checks the status line the page shows.</summary>
public sealed partial class ApiDocsTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    [Fact]
    public async Task ApiDocs_EveryExample_AnswersDocumentedStatus()
    {
        var doc = await File.ReadAllTextAsync(Path.Combine(Fixtures.RepoRoot, "docs", "api.md"), TestContext.Current.CancellationToken);
        var examples = Blocks().Matches(doc).SelectMany(b => Example().Matches(b.Groups[1].Value)).ToList();
        Assert.True(examples.Count >= 20, $"only {examples.Count} examples found in docs/api.md");
        foreach (var m in examples)
        {
            var url = m.Groups["url"].Value;
            var response = await demo.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(int.Parse(m.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture) == (int)response.StatusCode,
                $"{url}: docs say {m.Groups["status"].Value}, server answered {(int)response.StatusCode}");
            var type = response.Content.Headers.ContentType?.MediaType;
            if ((int)response.StatusCode >= 400) Assert.Equal("application/problem+json", type);
        }
    }

    [GeneratedRegex(@"```http\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"^GET (?<url>\S+)\nHTTP/1\.1 (?<status>\d{3})$", RegexOptions.Multiline)]
    private static partial Regex Example();
}
