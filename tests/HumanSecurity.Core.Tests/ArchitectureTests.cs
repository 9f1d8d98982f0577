namespace HumanSecurity.Core.Tests;

public sealed class ArchitectureTests
{
    private static readonly string[] Forbidden = ["DuckDB", "ClickHouse", "Microsoft.AspNetCore", "Sep", "YamlDotNet", "NetTopologySuite", "System.CommandLine", "Spectre", "Npgsql"];

    [Fact]
    public void Core_ReferencesNoIoPackage()
    {
        var core = typeof(HumanSecurityException).Assembly;
        var refs = core.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        var bad = refs.Where(r => Forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal))).ToList();
        Assert.True(bad.Count == 0, "HumanSecurity.Core must not reference I/O packages, found: " + string.Join(", ", bad));
    }

    [Fact]
    public void Core_ProjectFile_HasOnlyAllowedPackages()
    {
        var csproj = File.ReadAllText(Path.Combine(HumanSecurity.Testing.Fixtures.RepoRoot, "src", "HumanSecurity.Core", "HumanSecurity.Core.csproj"));
        foreach (var f in Forbidden) Assert.DoesNotContain($"Include=\"{f}", csproj, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_PublicTypes_LiveInHumanSecurityNamespace()
    {
        var outside = typeof(HumanSecurityException).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("HumanSecurity", StringComparison.Ordinal)).ToList();
        Assert.Empty(outside);
    }
}
