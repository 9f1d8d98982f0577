using System.CommandLine;

namespace HumanSecurity.Cli.Commands;

/// <summary>Options shared by the store commands.</summary>
internal static class StoreOptions
{
    public const string DefaultPath = "./hso.duckdb";

    /// <summary>The store file: <c>--db PATH</c>, else the <c>HSO_DB</c> environment variable, else <c>./hso.duckdb</c>.</summary>
    public static Option<string> Db() => new("--db")
    {
        Description = "Store file (default: $HSO_DB, else ./hso.duckdb)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HSO_DB") is { Length: > 0 } env ? env : DefaultPath,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON instead of a table" };
}
