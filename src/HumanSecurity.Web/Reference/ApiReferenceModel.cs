using Microsoft.OpenApi;

namespace HumanSecurity.Web.Reference;

/// <summary>What the API reference page shows, read from the app's own OpenAPI document: every operation with its
/// parameters and responses.</summary>
public sealed record ApiReferenceModel(string Title, string Version, IReadOnlyList<ApiOperationView> Operations)
{
    public static ApiReferenceModel From(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = new List<ApiOperationView>();
        foreach (var (path, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var (method, op) in item.Operations ?? [])
            {
                var parameters = (op.Parameters ?? []).Select(p => new ApiParameterView(p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "",
                    p.Required, p.Schema?.Type?.ToString().ToLowerInvariant() ?? "", p.Description)).ToList();
                var responses = (op.Responses ?? []).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ApiResponseView(r.Key,
                    r.Value.Description, (r.Value.Content?.Keys ?? Enumerable.Empty<string>()).ToList())).ToList();
                var body = op.RequestBody?.Content?.Keys.ToList() ?? [];
                operations.Add(new ApiOperationView(method.Method, path, op.OperationId ?? $"{method.Method}-{path}", op.Summary ?? op.Description,
                    parameters, body, responses));
            }
        }
        return new ApiReferenceModel(document.Info?.Title ?? "API", document.Info?.Version ?? "", operations);
    }
}

/// <summary>One operation of the reference page.</summary>
public sealed record ApiOperationView(string Method, string Path, string Id, string? Summary, IReadOnlyList<ApiParameterView> Parameters,
    IReadOnlyList<string> RequestBody, IReadOnlyList<ApiResponseView> Responses);

/// <summary>One parameter: name, where it goes (query, path, header), whether required, its JSON type.</summary>
public sealed record ApiParameterView(string Name, string In, bool Required, string Type, string? Description);

/// <summary>One response: status code, description, media types.</summary>
public sealed record ApiResponseView(string Status, string? Description, IReadOnlyList<string> MediaTypes);
