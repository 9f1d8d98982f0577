using System.Diagnostics;

namespace HumanSecurity.Benchmarks.ClickHouse;

/// <summary>The two local ClickHouse servers of <c>scripts/clickhouse.sh</c>, started with their data under a folder of
/// the caller's choice (it needs room for the stores: see docs/store.md) and stopped by PID on dispose.</summary>
internal sealed class LocalServers : IDisposable
{
    private readonly string _directory;

    private LocalServers(string directory, IReadOnlyList<string> nodes)
    {
        _directory = directory;
        Nodes = nodes;
    }

    public IReadOnlyList<string> Nodes { get; }

    public static LocalServers Start(string directory)
    {
        Run("start", directory);
        var env = File.ReadAllLines(Path.Combine(directory, "env")).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return new LocalServers(directory, env["HSO_CLICKHOUSE_NODES"].Split(','));
    }

    private static void Run(string verb, string directory)
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false };
        foreach (var a in (string[])[Path.Combine("scripts", "clickhouse.sh"), verb, directory]) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"scripts/clickhouse.sh {verb} {directory} failed (exit {p.ExitCode}); run from the repository root");
    }

    public void Dispose() => Run("stop", _directory);
}
