using HumanSecurity.ClickHouse;
using HumanSecurity.DuckDb;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Commands;

/// <summary>Opens the store a command names: the one place the CLI chooses between DuckDB and ClickHouse.</summary>
internal static class StoreOpener
{
    /// <summary>Opens (with <paramref name="createIfMissing"/>: creates) the store.</summary>
    /// <exception cref="StoreUnavailableException">Absent (and not to be created), locked, newer, or unreachable.</exception>
    public static async Task<IStore> OpenAsync(StoreLocation location, bool createIfMissing, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.ClickHouse is { } url) return await ClickHouseStore.OpenAsync(url, ct, createIfMissing: createIfMissing);
        if (!createIfMissing && location.DbPath != ":memory:" && !File.Exists(location.DbPath))
            throw new StoreUnavailableException(location.DbPath,
                $"{location.DbPath}: no store here; run 'hso init --db {location.DbPath}' or 'hso import FILE --db {location.DbPath}' first");
        return await DuckDbStore.OpenAsync(location.DbPath, ct);
    }
}
