using HumanSecurity.Web.ReadModels;
using HumanSecurity.Web.ReadModels.Profiles;

namespace HumanSecurity.Web.Api.Dashboard;

/// <summary>Registers the dashboard's read models (services) and their <c>/api</c> endpoints: map values, geometry,
/// area profile and subtree, compare.</summary>
public static class DashboardApi
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddRazorComponents();
        return services.AddDashboardReadModels();
    }

    /// <summary>The read models and the report renderer alone (for reports rendered without a web server).</summary>
    public static IServiceCollection AddDashboardReadModels(this IServiceCollection services)
    {
        services.AddSingleton<DashboardData>();
        services.AddSingleton<RunModels>();
        services.AddSingleton<MapLayers>();
        services.AddSingleton<GeometryLayers>();
        services.AddSingleton<AreaProfiles>();
        services.AddSingleton<ReadModels.Compare.AreaComparisons>();
        services.AddSingleton<Reports.AreaReports>();
        return services;
    }

    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder api)
    {
        api.MapMapApi();
        api.MapProfileApi();
        api.MapCompareApi();
        return api;
    }
}
