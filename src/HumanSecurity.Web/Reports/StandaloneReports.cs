using HumanSecurity.Storage;
using HumanSecurity.Web.ReadModels;
using HumanSecurity.Web.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace HumanSecurity.Web.Reports;

/// <summary>Reports without a web server (for <c>hso report</c>): the dashboard's services over one store, rendering the
/// same report the profile page links to.</summary>
public sealed class StandaloneReports : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public StandaloneReports(IStore store, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(store);
        services.AddSingleton(options);
        Api.Dashboard.DashboardApi.AddDashboardReadModels(services);
        _services = services.BuildServiceProvider();
        Options = options;
    }

    public WebOptions Options { get; }

    /// <summary>The report of an area as HTML; <see cref="InvalidInputException"/> naming <c>--area</c> or <c>--run</c>
    /// when the store has no such area or index run.</summary>
    public async Task<string> RenderHtmlAsync(string area, long? run, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        var data = _services.GetRequiredService<DashboardData>();
        var snapshot = await data.SnapshotAsync(cancellationToken);
        if (snapshot.Area(area) is not { } found)
            throw new InvalidInputException("--area", $"unknown area '{area}'; expected an area code of the store (hso areas lists them)");
        RunRecord? record = null;
        if (run is { } id)
        {
            record = snapshot.Run(id) ?? throw new InvalidInputException("--run", $"unknown run {id}; expected an index run id of the store");
            if (record.Kind != "index") throw new InvalidInputException("--run", $"run {id} is a {record.Kind} run; expected an index run");
        }
        var reports = _services.GetRequiredService<AreaReports>();
        return await reports.RenderAsync(snapshot, found, record, DashboardText.Shared.For(language), Options.StoreLabel, cancellationToken);
    }

    /// <summary>The report printed to PDF (<see cref="PdfUnavailableException"/> when Chromium is missing or fails).</summary>
    public async Task<byte[]> RenderPdfAsync(string area, long? run, Language language, CancellationToken cancellationToken)
    {
        var html = await RenderHtmlAsync(area, run, language, cancellationToken);
        return await new PdfPrinter(Options.ChromiumPath).PrintAsync(html, cancellationToken);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
