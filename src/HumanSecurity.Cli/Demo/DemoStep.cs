using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Demo;

/// <summary>One step of <c>hso demo</c> after the data is generated: an import or a computation on the store. It returns
/// a one-line report (what it did, counts).</summary>
internal sealed record DemoStep(string Label, Func<DemoContext, CancellationToken, Task<string>> RunAsync);

/// <summary>What a <see cref="DemoStep"/> works with; steps report their fraction done (0..1) to <paramref name="Progress"/>.</summary>
internal sealed record DemoContext(IStore Store, string DataDirectory, IProgress<double>? Progress = null)
{
    /// <summary>Warnings the steps collected, printed after the step (not in the middle of a progress display).</summary>
    public List<string> Warnings { get; } = [];
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread (no synchronisation context hop).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
