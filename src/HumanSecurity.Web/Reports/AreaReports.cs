using HumanSecurity.Areas;
using HumanSecurity.Storage;
using HumanSecurity.Web.ReadModels;
using HumanSecurity.Web.ReadModels.Profiles;
using HumanSecurity.Web.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace HumanSecurity.Web.Reports;

/// <summary>Renders the report of an area: the <see cref="ReportDocument"/> component (the profile's sections, methods,
/// sources and the run's record) to one self-contained HTML string with Blazor's <see cref="HtmlRenderer"/> (no HTTP
/// request needed, so the CLI renders the same report as the web page links to).</summary>
public sealed class AreaReports(IServiceProvider services, ILoggerFactory loggers, AreaProfiles profiles)
{
    public async Task<string> RenderAsync(DashboardSnapshot snapshot, Area area, RunRecord? run, TextSet text, string? storeLabel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var profile = await profiles.BuildAsync(snapshot, area, run, text, cancellationToken);
        var parameters = new Dictionary<string, object?>
        {
            [nameof(ReportDocument.T)] = text,
            [nameof(ReportDocument.Profile)] = profile,
            [nameof(ReportDocument.Snapshot)] = snapshot,
            [nameof(ReportDocument.StoreLabel)] = storeLabel,
            [nameof(ReportDocument.GeneratedAt)] = DateTimeOffset.UtcNow,
        };
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<ReportDocument>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
