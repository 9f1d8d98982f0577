namespace HumanSecurity.Testing;

/// <summary>Locates the shared conformance fixtures (<c>../shared/fixtures</c> from the repo root, or <c>HSO_FIXTURES</c>).
/// When they are absent tests skip with a visible reason, unless <c>HSO_REQUIRE_FIXTURES=1</c> (CI), where they fail.</summary>
public static class Fixtures
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? Directory
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("HSO_FIXTURES");
            var dir = string.IsNullOrEmpty(env) ? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "fixtures")) : env;
            return System.IO.Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>Full path of a fixture file; skips (or fails under HSO_REQUIRE_FIXTURES=1) when fixtures are absent.</summary>
    public static string Get(params string[] parts)
    {
        var dir = Directory;
        if (dir is null)
        {
            const string reason = "shared fixtures not found (set HSO_FIXTURES or place them at ../shared/fixtures)";
            if (Environment.GetEnvironmentVariable("HSO_REQUIRE_FIXTURES") == "1") Assert.Fail(reason);
            Assert.Skip(reason);
        }
        var full = System.IO.Path.Combine([dir!, .. parts]);
        Assert.True(File.Exists(full) || System.IO.Directory.Exists(full), $"fixture missing: {full}");
        return full;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "HumanSecurity.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root (HumanSecurity.slnx) not found above " + AppContext.BaseDirectory);
    }
}
