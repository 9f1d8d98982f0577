using HumanSecurity.Runs;

namespace HumanSecurity.Formats.Runs;

/// <summary>The computations <c>hso verify</c> can recompute. A new computation adds its <see cref="IRunRecomputer"/> here.</summary>
public static class RunKinds
{
    public static IReadOnlyList<IRunRecomputer> All { get; } = [new IndexRecomputer(), new PovertyRecomputer()];
}
