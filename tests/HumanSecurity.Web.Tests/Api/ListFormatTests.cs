using System.Globalization;
using System.Net;
using System.Text.Json;
using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Web.Api;
using nietras.SeparatedValues;

namespace HumanSecurity.Web.Tests.Api;

/// <summary>JSON and CSV on every list (CSV parses back to the JSON rows), HXL and SDMX-CSV for observations, and
/// content negotiation errors naming the parameter or header.</summary>
public sealed class ListFormatTests(DemoDuckDbApp demo) : IClassFixture<DemoDuckDbApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> GetAsync(string url, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return demo.Client.SendAsync(request, Ct);
    }

    /// <summary>The rows array of a JSON page: the one array property besides the paging fields.</summary>
    private static List<JsonElement> JsonRows(JsonElement page) =>
        page.EnumerateObject().Single(p => p.Value.ValueKind == JsonValueKind.Array).Value.EnumerateArray().ToList();

    private static List<Dictionary<string, string>> CsvRecords(string text)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        var names = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++) record[names[i]] = row[i].ToString();
            rows.Add(record);
        }
        return rows;
    }

    private static string CellOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(CsvRows.ListSeparator, value.EnumerateArray().Select(CellOf)),
        _ => value.GetRawText(),
    };

    [Theory]
    [MemberData(nameof(ApiUrls.Lists), MemberType = typeof(ApiUrls))]
    public async Task Csv_ParsesBackToTheJsonRows(string url)
    {
        using var json = JsonDocument.Parse(await (await GetAsync(url)).Content.ReadAsStringAsync(Ct));
        var expected = JsonRows(json.RootElement);
        Assert.True(expected.Count >= 2, $"{url}: too few rows to prove anything");
        var csvResponse = await GetAsync(ApiUrls.With(url, "format=csv"));
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var records = CsvRecords(await csvResponse.Content.ReadAsStringAsync(Ct));
        Assert.Equal(expected.Count, records.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var property in expected[i].EnumerateObject())
            {
                var cell = records[i][property.Name];
                if (property.Value.ValueKind == JsonValueKind.Number) Assert.Equal(property.Value.GetDouble(), double.Parse(cell, CultureInfo.InvariantCulture));
                else if (property.Value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(property.Value.GetString(), CultureInfo.InvariantCulture, out var t) && property.Name.EndsWith("At", StringComparison.Ordinal))
                    Assert.Equal(t, DateTimeOffset.Parse(cell, CultureInfo.InvariantCulture));
                else if (property.Value.ValueKind == JsonValueKind.Object) Assert.Equal(property.Value.GetRawText(), cell);
                else Assert.Equal(CellOf(property.Value), cell);
            }
        }
        Assert.Equal(json.RootElement.GetProperty("total").GetInt64().ToString(CultureInfo.InvariantCulture), csvResponse.Headers.GetValues("X-Total-Count").Single());
    }

    [Fact]
    public async Task AcceptHeader_PicksTheFormatByPreference()
    {
        Assert.Equal("text/csv", (await GetAsync("/api/areas", "text/csv")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", (await GetAsync("/api/areas", "text/csv;q=0.5, application/json")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", (await GetAsync("/api/areas", "*/*")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/csv", (await GetAsync("/api/areas?format=csv", "application/json")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/vnd.sdmx.data+csv", (await GetAsync("/api/observations?limit=3", "application/vnd.sdmx.data+csv")).Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/areas?format=xml", null, HttpStatusCode.BadRequest, "query parameter 'format': 'xml' is not a format")]
    [InlineData("/api/areas?format=hxl", null, HttpStatusCode.BadRequest, "'hxl' is not offered by this endpoint; expected json, csv")]
    [InlineData("/api/runs/1?format=sdmx-csv", null, HttpStatusCode.BadRequest, "not offered")]
    [InlineData("/api/areas", "application/xml", HttpStatusCode.NotAcceptable, "header 'Accept' ('application/xml')")]
    [InlineData("/api/areas", "application/vnd.sdmx.data+csv", HttpStatusCode.NotAcceptable, "header 'Accept'")]
    public async Task Negotiation_Unsatisfiable_ProblemNamingParameterOrHeader(string url, string? accept, HttpStatusCode status, string detail)
    {
        await Problems.AssertAsync(await GetAsync(url, accept), status, detail);
    }

    [Fact]
    public async Task Observations_HxlReadsBackAsTheSameObservations()
    {
        const string url = "/api/observations?indicator=POV_HC&area=XA01,XA0101&totals=false";
        var page = await (await GetAsync(url)).Content.ReadAsStringAsync(Ct);
        var expected = JsonSerializer.Deserialize<ObservationsResponse>(page, JsonSerializerOptions.Web)!.Observations;
        var text = await (await GetAsync(url + "&format=hxl")).Content.ReadAsStringAsync(Ct);
        using var table = HxlReader.FromText(text, "api.csv");
        var problems = new ProblemList();
        var reader = new HxlObservationReader(table, HxlLayoutResolver.Resolve(table, null, problems), problems);
        var read = reader.ReadChunks().SelectMany(c => c.Rows()).ToList();
        Assert.False(problems.HasErrors, string.Join("\n", problems.Items));
        Assert.Equal(expected.Select(o => (o.Indicator, o.Area, o.Period, o.Sex, o.Value)),
            read.Select(o => (o.Indicator, o.Area, o.Period.ToString(), o.Disaggregation.Sex, (double?)o.Value)));
    }

    [Fact]
    public async Task Observations_SdmxCsvReadsBackAsTheSameObservations()
    {
        const string url = "/api/observations?indicator=POV_HC&area=XA01&from=2020";
        var expected = JsonSerializer.Deserialize<ObservationsResponse>(await (await GetAsync(url)).Content.ReadAsStringAsync(Ct), JsonSerializerOptions.Web)!.Observations;
        var text = await (await GetAsync(url + "&format=sdmx-csv")).Content.ReadAsStringAsync(Ct);
        var read = SdmxObservationMapper.Map(SdmxCsvReader.ReadText(text, "api.csv"), null, new ProblemList());
        Assert.Equal(expected.Select(o => (o.Indicator, o.Area, o.Period, o.Value)), read.Select(o => (o.Indicator, o.Area, o.Period.ToString(), (double?)o.Value)));
    }
}
