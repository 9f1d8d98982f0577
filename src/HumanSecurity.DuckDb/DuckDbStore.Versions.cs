namespace HumanSecurity.DuckDb;

public sealed partial class DuckDbStore
{
    // Counters in memory: this process owns the file while it is open (DuckDB's lock), so every committed write goes
    // through this instance. A new opening starts again at 1; IStore.DataVersion says it is not comparable across opens.
    private long _dataVersion = 1;
    private long _accessVersion = 1;

    public long DataVersion => Interlocked.Read(ref _dataVersion);

    public long AccessVersion => Interlocked.Read(ref _accessVersion);

    /// <summary>Call after every committed write of data (imports, runs, dataset access): readers' caches keyed by
    /// <see cref="DataVersion"/> then miss.</summary>
    internal void MarkDataChanged() => Interlocked.Increment(ref _dataVersion);

    private void MarkAccessChanged() => Interlocked.Increment(ref _accessVersion);
}
