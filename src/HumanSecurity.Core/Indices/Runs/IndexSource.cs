namespace HumanSecurity.Indices.Runs;

/// <summary>Where an index run's data comes from: a data file already read (<see cref="IndexFileSource"/>) or the store
/// (<see cref="IndexStoreSource"/>). Both are inputs of the one <see cref="IndexRunner"/>.</summary>
public abstract record IndexSource
{
    private protected IndexSource()
    {
    }
}
