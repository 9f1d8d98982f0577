namespace HumanSecurity.Web.Pages;

/// <summary>An entry of the dashboard's navigation: its id (the active page), path and the text key of its label.</summary>
public sealed record DashboardPage(string Id, string Path, string TextKey);
