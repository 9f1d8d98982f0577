using System.Globalization;
using System.Text.Json;
using HumanSecurity.Access;
using HumanSecurity.Storage;
using HumanSecurity.Web.Platform;
using HumanSecurity.Web.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HumanSecurity.Web.Api;

/// <summary><c>GET /api/datasets</c> (the imports the caller may see) and <c>PUT /api/datasets/{id}/access</c> (admin
/// only, audited: mark a dataset restricted or public).</summary>
public static class DatasetsApi
{
    /// <summary>The access body is one small JSON object.</summary>
    public const int AccessBodyBytes = 1024;

    public static RouteGroupBuilder MapDatasetsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/datasets", GetDatasetsAsync).WithName("datasets")
            .WithSummary("Imported datasets (id, kind, name, file, sha256, time, rows, restricted), by id; restricted ones only for callers with a token.")
            .ProducesList<DatasetsPage>();
        api.MapPut("/datasets/{id}/access", PutAccessAsync).WithName("dataset-access")
            .WithSummary("Marks a dataset restricted ({\"restricted\": true}) or public ({\"restricted\": false}); admin role; audited. Survey microdata stays restricted.")
            .AddOpenApiOperationTransformer(DescribeBody).Produces<DatasetResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireRole(Role.Admin).Audited("dataset.access").WithRequestBodyLimit(AccessBodyBytes);
        return api;
    }

    /// <summary>The body in the OpenAPI document. Not <c>.Accepts&lt;T&gt;()</c>: routing would then answer other content
    /// types with a bare 415 before the audit hook and the endpoint's own error naming the header.</summary>
    private static Task DescribeBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object, Required = new HashSet<string> { "restricted" },
            Properties = new Dictionary<string, IOpenApiSchema> { ["restricted"] = new OpenApiSchema { Type = JsonSchemaType.Boolean } },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true, Description = "{\"restricted\": true} or {\"restricted\": false}",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
        return Task.CompletedTask;
    }

    public static async Task<IResult> GetDatasetsAsync(HttpRequest request, CallerStoreView store, string? limit, string? offset, string? format,
        CancellationToken cancellationToken)
    {
        if (ListQuery.Parse(request, limit, offset, format, ApiFormats.Tables, out var list) is { } bad) return bad;
        var rows = (await store.GetDatasetsAsync(cancellationToken)).OrderBy(d => d.Id).Select(ToResponse).ToList();
        return list.Slice(rows, (page, slice) => new DatasetsPage(page.Count, page.Total, page.Limit, page.Offset, page.Truncated, slice));
    }

    public static async Task<IResult> PutAccessAsync(HttpContext context, StoreServices stores, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stores);
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var datasetId))
            return ApiProblems.BadRequest($"route parameter 'id' must be a dataset id (a whole number), not '{id}'; see /api/datasets");
        var (body, problem) = await ReadBodyAsync(context.Request, cancellationToken);
        if (problem is not null) return problem;
        var dataset = (await stores.Store.GetDatasetsAsync(cancellationToken)).FirstOrDefault(d => d.Id == datasetId);
        if (dataset is null) return ApiProblems.NotFound($"unknown dataset {datasetId} (route parameter 'id'); see /api/datasets");
        if (dataset.Kind == DatasetKind.Survey && !body!.Restricted)
            return ApiProblems.Conflict($"dataset {datasetId} holds survey microdata, which is always restricted; it cannot be made public");
        var saved = await stores.Access!.SetDatasetRestrictedAsync(datasetId, body!.Restricted, cancellationToken);
        context.Items[Audit.DetailKey] = $"dataset {datasetId} {(saved!.Restricted ? "restricted" : "public")}";
        return TypedResults.Ok(ToResponse(saved));
    }

    /// <summary>The body must be <c>application/json</c> holding exactly <c>{"restricted": true|false}</c>.</summary>
    private static async Task<(DatasetAccessRequest? Body, IResult? Problem)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem($"header 'Content-Type' must be application/json, not '{request.ContentType}'",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, ApiProblems.BadRequest("the body must be a JSON object such as {\"restricted\": true}"));
            foreach (var field in root.EnumerateObject())
            {
                if (field.Name != "restricted") return (null, ApiProblems.BadRequest($"unknown field '{field.Name}' in the body; expected only 'restricted'"));
            }
            if (!root.TryGetProperty("restricted", out var value) || value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                return (null, ApiProblems.BadRequest("field 'restricted' of the body must be true or false"));
            return (new DatasetAccessRequest(value.GetBoolean()), null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.BadRequest($"the body is not valid JSON: {e.Message}"));
        }
    }

    internal static DatasetResponse ToResponse(Dataset d) =>
        new(d.Id, d.Kind.ToString().ToLowerInvariant(), d.Name ?? d.SourceFile, d.SourceFile, d.Sha256, d.ImportedAt, d.RowCount, d.Restricted);
}

/// <summary>The body of <c>PUT /api/datasets/{id}/access</c>.</summary>
public sealed record DatasetAccessRequest(bool Restricted);

/// <summary>A page of datasets (<see cref="PageInfo"/>).</summary>
public sealed record DatasetsPage(int Count, long Total, int Limit, int Offset, bool Truncated, IReadOnlyList<DatasetResponse> Datasets);
