namespace HumanSecurity.Web.Api;

/// <summary>What a list endpoint declares in the OpenAPI document: its page type as JSON and CSV, and the problems
/// every list can answer (400 bad parameter, 404 no match or unknown code, 406 unsatisfiable <c>Accept</c>).</summary>
public static class ListEndpoints
{
    public static RouteHandlerBuilder ProducesList<TPage>(this RouteHandlerBuilder builder, bool sdmx = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Produces<TPage>(contentType: "application/json").Produces<TPage>(contentType: "text/csv");
        if (sdmx) builder.Produces<TPage>(contentType: "application/vnd.sdmx.data+csv");
        return builder.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
    }
}
