using HumanSecurity.Storage;

namespace HumanSecurity.Runs;

/// <summary>Recomputes the runs of one kind from their manifest: rebuilds the request (model or spec from the manifest's
/// text, every option, the inputs it names) and calls the kind's runner. A new computation adds one implementation; the
/// readers of model text and data files live outside Core, so implementations live beside them (Formats).</summary>
public interface IRunRecomputer
{
    /// <summary>The manifest kind handled (<c>index</c>, <c>poverty</c>).</summary>
    string Kind { get; }

    /// <summary>Recomputes from the manifest's store snapshot (when it has one; <paramref name="store"/> is then required)
    /// or from the files it names. Returns every run the request makes (a panel gives several).</summary>
    /// <exception cref="InvalidInputException">The manifest's model, options or inputs were rejected.</exception>
    Task<IReadOnlyList<RunOutput>> RecomputeAsync(RunManifest manifest, IStore? store, CancellationToken cancellationToken = default);
}
