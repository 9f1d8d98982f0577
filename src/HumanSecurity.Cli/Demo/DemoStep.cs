using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Demo;

/// <summary>One step of <c>hso demo</c> after the data is generated: an import or a computation on the store. It returns
/// a one-line report (what it did, counts).</summary>
internal sealed record DemoStep(string Label, Func<DemoContext, CancellationToken, Task<string>> RunAsync);

/// <summary>What a <see cref="DemoStep"/> works with.</summary>
internal sealed record DemoContext(IStore Store, string DataDirectory);
