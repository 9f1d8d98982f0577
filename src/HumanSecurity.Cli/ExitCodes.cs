namespace HumanSecurity.Cli;

/// <summary>Process exit codes of <c>hso</c>, documented in docs/cli.md and docs/runs.md. <see cref="CliErrors"/> maps every
/// exception to one of them.</summary>
internal static class ExitCodes
{
    /// <summary>Success (for <c>hso verify</c>: the run recomputed equal).</summary>
    public const int Ok = 0;

    /// <summary>Invalid input: a file, model, spec or value was rejected; nothing was written (for <c>hso verify</c>: the
    /// recomputation differs).</summary>
    public const int InvalidInput = 1;

    /// <summary>Usage error: unknown command or option, missing argument, options that do not go together.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened (missing, locked by another process, newer schema, not a store); for
    /// <c>hso verify</c>: the run cannot be verified.</summary>
    public const int StoreUnavailable = 3;

    /// <summary>An unexpected internal error (a bug): please report it.</summary>
    public const int InternalError = 70;

    /// <summary>Cancelled (Ctrl+C): 128 + SIGINT, as shells report it. Nothing was written.</summary>
    public const int Cancelled = 130;
}
