namespace HumanSecurity.Runs;

/// <summary>What a run read: files (file mode, and option files such as <c>--weights</c> in both modes) and, in store
/// mode, the store snapshot.</summary>
public sealed record RunInputs(IReadOnlyList<InputFile> Files, StoreSnapshot? Store)
{
    /// <summary>No inputs recorded.</summary>
    public static RunInputs None { get; } = new([], null);

    /// <summary>The file of a role, or null.</summary>
    public InputFile? File(string role) => Files.FirstOrDefault(f => f.Role == role);
}
