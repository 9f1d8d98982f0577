namespace HumanSecurity.Cli;

/// <summary>Process exit codes of <c>hso</c>, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Invalid input: a file, model, spec or value was rejected; nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>Usage error: unknown command or option, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened (locked by another process, newer schema, not a store).</summary>
    public const int StoreUnavailable = 3;

    /// <summary>An unexpected internal error (a bug): please report it.</summary>
    public const int InternalError = 70;
}
