namespace HumanSecurity.Cli.Commands;

/// <summary>A command-line value was malformed or options do not go together (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
