namespace HumanSecurity.Storage;

/// <summary>The store cannot be opened or used: the file is locked by another process, was written by a newer
/// version, or is not a store. The CLI maps it to exit code 3.</summary>
public sealed class StoreUnavailableException : HumanSecurityException
{
    public StoreUnavailableException(string storePath, string message, int? holderProcessId = null, Exception? inner = null)
        : base(message, inner ?? new InvalidOperationException(message))
    {
        StorePath = storePath;
        HolderProcessId = holderProcessId;
    }

    public StoreUnavailableException() : base("The store is unavailable.") => StorePath = "";

    public StoreUnavailableException(string message) : base(message) => StorePath = "";

    public StoreUnavailableException(string message, Exception inner) : base(message, inner) => StorePath = "";

    /// <summary>The store file (or connection) that could not be used.</summary>
    public string StorePath { get; }

    /// <summary>Process id holding the lock, when the database reported it.</summary>
    public int? HolderProcessId { get; }
}
