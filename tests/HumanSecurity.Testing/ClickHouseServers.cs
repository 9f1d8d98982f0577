using System.Diagnostics;

namespace HumanSecurity.Testing;

/// <summary>The two local ClickHouse servers of a test run (shards of the cluster <c>hso_two_shards</c>), shared by every
/// test of an assembly (<c>[assembly: AssemblyFixture(typeof(ClickHouseServers))]</c>). <c>./test.sh</c> starts them once
/// and passes their HTTP ports in <c>HSO_CLICKHOUSE_NODES</c>; when that is unset (a test assembly run by hand) this
/// fixture starts its own with <c>scripts/clickhouse.sh</c> and stops them by PID afterwards. When no server can be
/// started (or <c>./test.sh</c> could not start them: <c>HSO_CLICKHOUSE_UNAVAILABLE</c> holds why) the tests skip with
/// the reason, except under <c>HSO_REQUIRE_CLICKHOUSE=1</c> (CI), where they fail.</summary>
public sealed class ClickHouseServers : IAsyncLifetime
{
    private string? _ownDirectory;

    /// <summary>HTTP addresses (<c>HOST:PORT</c>) of shard 1 and shard 2.</summary>
    public IReadOnlyList<string> Nodes { get; private set; } = [];

    public string Cluster { get; private set; } = "hso_two_shards";

    /// <summary>Why the servers are not available, or null when they are.</summary>
    public string? UnavailableReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("HSO_CLICKHOUSE_UNAVAILABLE") is { Length: > 0 } why)
        {
            UnavailableReason = why;
            return;
        }
        var nodes = Environment.GetEnvironmentVariable("HSO_CLICKHOUSE_NODES");
        if (string.IsNullOrWhiteSpace(nodes))
        {
            var env = await StartOwnAsync();
            if (env is null) return;
            nodes = env.GetValueOrDefault("HSO_CLICKHOUSE_NODES");
            Cluster = env.GetValueOrDefault("HSO_CLICKHOUSE_CLUSTER") ?? Cluster;
        }
        else Cluster = Environment.GetEnvironmentVariable("HSO_CLICKHOUSE_CLUSTER") is { Length: > 0 } c ? c : Cluster;
        Nodes = (nodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (Nodes.Count < 2) UnavailableReason ??= $"HSO_CLICKHOUSE_NODES must list two HOST:PORT addresses (got '{nodes}')";
    }

    /// <summary>A URL for a fresh store database; <paramref name="sharded"/> spreads it over both servers.</summary>
    public string NewStoreUrl(bool sharded, string prefix = "hso_t")
    {
        Require();
        var db = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 17, 40)];
        return sharded ? $"clickhouse://{Nodes[0]},{Nodes[1]}/{db}?cluster={Cluster}" : $"clickhouse://{Nodes[0]}/{db}";
    }

    /// <summary>Skips the calling test (fails it under HSO_REQUIRE_CLICKHOUSE=1) when the servers are not available.</summary>
    public void Require()
    {
        if (UnavailableReason is not { } reason) return;
        if (Environment.GetEnvironmentVariable("HSO_REQUIRE_CLICKHOUSE") == "1") Assert.Fail("ClickHouse is required (HSO_REQUIRE_CLICKHOUSE=1): " + reason);
        Assert.Skip("ClickHouse not available: " + reason);
    }

    private async Task<Dictionary<string, string>?> StartOwnAsync()
    {
        var script = Path.Combine(Fixtures.RepoRoot, "scripts", "clickhouse.sh");
        _ownDirectory = Path.Combine(Path.GetTempPath(), "hso-clickhouse-" + Guid.NewGuid().ToString("N")[..12]);
        var (code, output) = await RunAsync(script, "start", _ownDirectory);
        if (code != 0)
        {
            UnavailableReason = $"scripts/clickhouse.sh start failed (exit {code}): {output.Trim()}";
            return null;
        }
        return File.ReadAllLines(Path.Combine(_ownDirectory, "env")).Select(l => l.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }

    private static async Task<(int Code, string Output)> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownDirectory is null) return;
        await RunAsync(Path.Combine(Fixtures.RepoRoot, "scripts", "clickhouse.sh"), "stop", _ownDirectory);
        try { Directory.Delete(_ownDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
