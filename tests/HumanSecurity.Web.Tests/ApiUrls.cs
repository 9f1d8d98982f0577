namespace HumanSecurity.Web.Tests;

/// <summary>Requests that reach every read endpoint of the demo app (<see cref="DemoDuckDbApp"/>).</summary>
public static class ApiUrls
{
    /// <summary>Every cached read (all but the overview page, which the dashboard owns).</summary>
    public static TheoryData<string> Reads =>
    [
        "/health", "/api/areas", "/api/areas?kind=admin1", "/api/indicators", "/api/datasets", "/api/programmes", "/api/runs", "/api/runs/1?limit=50",
        "/api/runs/1?node=HSI&level=admin1", "/api/observations?limit=20", "/api/reference",
    ];

    /// <summary>Every list, with a query that returns two rows or more.</summary>
    public static TheoryData<string> Lists =>
    [
        "/api/areas", "/api/areas?kind=admin1", "/api/indicators", "/api/datasets", "/api/programmes", "/api/runs", "/api/runs/1?node=HSI", "/api/runs/2",
        "/api/observations?indicator=POV_HC&area=XA01,XA0101", "/api/observations?indicator=POV_HC&totals=false&from=2024",
    ];

    /// <summary>Appends a query parameter.</summary>
    public static string With(string url, string parameter) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + parameter;
}
