using HumanSecurity.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;

namespace HumanSecurity.Web.Reference;

/// <summary><c>GET /api/reference</c>: the API reference as HTML, rendered on the server by a Razor component from the
/// app's own OpenAPI document.</summary>
/// <remarks>Rendered here rather than with swagger-ui-dist or @scalar/api-reference: the page then needs no script (the
/// content security policy refuses inline scripts, and those bundles must be started by one), no npm step beside the
/// dashboard's front-end build, and it always matches the running app's endpoints.</remarks>
public static class ApiReference
{
    public const string Path = "/api/reference";

    public static IServiceCollection AddApiReference(this IServiceCollection services)
    {
        services.AddRazorComponents();
        return services;
    }

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, GetReferenceAsync).WithName("reference").ExcludeFromDescription().AllowAnonymous()
            .RejectUnknownQuery().WithReadCache();
        return app;
    }

    public static async Task<RazorComponentResult<ApiReferencePage>> GetReferenceAsync([FromKeyedServices("v1")] IOpenApiDocumentProvider documents,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        return new RazorComponentResult<ApiReferencePage>(new { Model = ApiReferenceModel.From(document) });
    }
}
