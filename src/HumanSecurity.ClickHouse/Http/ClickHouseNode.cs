using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using HumanSecurity.Storage;

namespace HumanSecurity.ClickHouse.Http;

/// <summary>One ClickHouse server spoken to over its HTTP interface with a plain <see cref="HttpClient"/>, using only what
/// ClickHouse 18.16 and current releases both have: statements as the POST body; <c>INSERT ... FORMAT RowBinary</c> with
/// the rows streamed as the body; <c>FORMAT TSV</c> results; external data (multipart/form-data, RowBinary) for values;
/// the settings <c>database</c>, <c>wait_end_of_query</c> and <c>insert_distributed_sync</c> as URL parameters; HTTP basic
/// authentication. Errors come back as HTTP status 500 with <c>Code: N</c> text.</summary>
internal sealed class ClickHouseNode(HttpClient http, Uri baseUri, string database, AuthenticationHeaderValue auth)
{
    /// <summary>The longest URL (request line) ClickHouse 18.16 accepts is about 16 KB; statements sent with external data
    /// must travel in the URL, so they are kept well below this.</summary>
    private const int MaxUrlLength = 15_000;

    public Uri BaseUri => baseUri;

    public string Database => database;

    public string Label => baseUri.Authority;

    /// <summary>Runs a statement without a result (DDL, ALTER, INSERT ... SELECT) in the store's database.</summary>
    public Task ExecuteAsync(string sql, CancellationToken ct) => ExecuteAsync(sql, true, ct);

    /// <summary>Runs a statement; <paramref name="inDatabase"/> false runs it before the database exists (CREATE DATABASE).</summary>
    public async Task ExecuteAsync(string sql, bool inDatabase, CancellationToken ct)
    {
        using var request = Request(Url(inDatabase, ("wait_end_of_query", "1")), new StringContent(sql, Encoding.UTF8));
        using var response = await SendAsync(request, sql, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
    }

    /// <summary>Runs a query and returns every TSV row (for small results).</summary>
    public Task<List<string?[]>> QueryAsync(string sql, CancellationToken ct, params ExternalTable[] external) => QueryAsync(sql, true, ct, external);

    /// <summary>As <see cref="QueryAsync(string, CancellationToken, ExternalTable[])"/>; <paramref name="inDatabase"/> false
    /// queries the server before the store's database exists (system tables).</summary>
    public async Task<List<string?[]>> QueryAsync(string sql, bool inDatabase, CancellationToken ct, params ExternalTable[] external)
    {
        var rows = new List<string?[]>();
        await foreach (var row in StreamAsync(sql, inDatabase, ct, external).ConfigureAwait(false)) rows.Add(row);
        return rows;
    }

    /// <summary>Streams a query's TSV rows. The server buffers the whole result before answering
    /// (<c>wait_end_of_query=1</c>), so an error is an HTTP status, never a half-read result.</summary>
    public IAsyncEnumerable<string?[]> StreamAsync(string sql, CancellationToken ct, params ExternalTable[] external) => StreamAsync(sql, true, ct, external);

    private async IAsyncEnumerable<string?[]> StreamAsync(string sql, bool inDatabase, [EnumeratorCancellation] CancellationToken ct, ExternalTable[] external)
    {
        var statement = sql + "\nFORMAT TSV";
        using var request = external.Length == 0
            ? Request(Url(inDatabase, ("wait_end_of_query", "1")), new StringContent(statement, Encoding.UTF8))
            : WithExternalData(statement, inDatabase, external);
        using var response = await SendAsync(request, statement, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            var reader = new TsvReader(body);
            while (await ReadAsync(reader, ct).ConfigureAwait(false) is { } row) yield return row;
        }
    }

    private async ValueTask<string?[]?> ReadAsync(TsvReader reader, CancellationToken ct)
    {
        try
        {
            return await reader.ReadRowAsync(ct).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw Unreachable(e);
        }
    }

    /// <summary>Inserts rows already encoded in RowBinary (for small tables; see <see cref="OpenInsert"/> for streams).</summary>
    public async Task InsertAsync(string table, string columns, RowBinaryWriter rows, CancellationToken ct)
    {
        var statement = $"INSERT INTO {table} ({columns}) FORMAT RowBinary";
        using var content = new ByteArrayContent(rows.ToArray());
        using var request = Request(Url(true, ("insert_distributed_sync", "1"), ("query", statement)), content);
        using var response = await SendAsync(request, statement, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
    }

    /// <summary>Starts an INSERT whose RowBinary rows are streamed as one request body while the caller produces them.</summary>
    public ClickHouseInsertStream OpenInsert(string table, string columns, CancellationToken ct)
    {
        var statement = $"INSERT INTO {table} ({columns}) FORMAT RowBinary";
        var queryId = "hso-insert-" + Guid.NewGuid().ToString("N");
        var content = new StreamingContent();
        var request = Request(Url(true, ("insert_distributed_sync", "1"), ("query_id", queryId), ("query", statement)), content);
        var send = SendAsync(request, statement, HttpCompletionOption.ResponseContentRead, ct);
        return new ClickHouseInsertStream(this, queryId, request, content, send, statement);
    }

    /// <summary>Waits until the query <paramref name="queryId"/> no longer runs on this server (an abandoned insert may
    /// still be writing its last block, also to other shards, after its connection broke).</summary>
    public async Task WaitUntilGoneAsync(string queryId, CancellationToken ct)
    {
        for (var i = 0; i < 600; i++)
        {
            var rows = await QueryAsync($"SELECT count() FROM system.processes WHERE query_id = '{queryId}'", false, ct).ConfigureAwait(false);
            if (rows[0][0] == "0") return;
            await Task.Delay(50, ct).ConfigureAwait(false);
        }
        throw new StoreUnavailableException(Label, $"the abandoned insert {queryId} still runs on {Label} after 30 s");
    }

    private HttpRequestMessage WithExternalData(string statement, bool inDatabase, ExternalTable[] external)
    {
        var parameters = new List<(string, string)> { ("wait_end_of_query", "1"), ("query", statement) };
        var form = new MultipartFormDataContent();
        foreach (var t in external)
        {
            parameters.Add(($"{t.Name}_structure", t.Structure));
            parameters.Add(($"{t.Name}_format", "RowBinary"));
            form.Add(new ByteArrayContent(t.Rows.ToArray()), t.Name, t.Name);
        }
        var url = Url(inDatabase, [.. parameters]);
        if (url.OriginalString.Length > MaxUrlLength)
            throw new InvalidOperationException($"Internal error: a statement with external data is {url.OriginalString.Length} characters in the URL; ClickHouse 18.16 accepts about 16,000.");
        return Request(url, form);
    }

    private Uri Url(bool inDatabase, params (string Key, string Value)[] parameters)
    {
        var query = new StringBuilder();
        if (inDatabase) query.Append("database=").Append(Uri.EscapeDataString(database));
        foreach (var (key, value) in parameters)
            query.Append(query.Length == 0 ? "" : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
        return new Uri(baseUri, "?" + query);
    }

    private HttpRequestMessage Request(Uri url, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Authorization = auth;
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string statement, HttpCompletionOption completion, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, completion, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw Unreachable(e);
        }
        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            var error = ClickHouseException.FromBody(body, statement);
            if (ClickHouseException.IsUnavailable(error.Code) || (int)response.StatusCode is 401 or 403)
                throw new StoreUnavailableException(Label, $"ClickHouse at {Label} refused the request: {body.Trim()}", null, error);
            throw error;
        }
    }

    private StoreUnavailableException Unreachable(Exception e) =>
        new(Label, $"cannot reach ClickHouse at {Label} ({e.Message}); is the server running and the URL's HTTP port right?", null, e);
}
