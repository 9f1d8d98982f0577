using System.Reflection;

namespace HumanSecurity.Runs;

/// <summary>The engine that made a run: name, version and the git commit it was built from.</summary>
/// <param name="Name">Always <c>hso</c>.</param>
/// <param name="Version">Release version, e.g. <c>0.1.0</c>.</param>
/// <param name="Commit">Git commit (40 hex digits) embedded at build time, or null when built outside a git checkout.</param>
public sealed record EngineInfo(string Name, string Version, string? Commit)
{
    /// <summary>This engine: the informational version of the Core assembly, which the .NET SDK writes as
    /// <c>VERSION+COMMIT</c> when it builds from a git checkout (Source Link sets <c>SourceRevisionId</c>).</summary>
    public static EngineInfo Current { get; } = FromInformationalVersion(
        typeof(EngineInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>Splits <c>0.1.0+abc…</c> into version and commit.</summary>
    public static EngineInfo FromInformationalVersion(string? informational)
    {
        if (string.IsNullOrWhiteSpace(informational)) return new("hso", "0.0.0", null);
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        if (plus < 0) return new("hso", informational, null);
        var commit = informational[(plus + 1)..];
        return new("hso", informational[..plus], commit.Length == 0 ? null : commit);
    }
}
