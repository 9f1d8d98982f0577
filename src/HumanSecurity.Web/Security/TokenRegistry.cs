using System.Security.Cryptography;
using HumanSecurity.Access;
using HumanSecurity.Web.Platform;

namespace HumanSecurity.Web.Security;

/// <summary>The store's tokens in memory, reloaded when the store's access version changes (a token created or
/// revoked), and the constant-time lookup of a presented token. Thread-safe.</summary>
public sealed class TokenRegistry(StoreServices stores)
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Loaded? _loaded;

    /// <summary>What a presented token turned out to be.</summary>
    public enum Verdict
    {
        Valid,
        Malformed,
        Unknown,
        Revoked,
    }

    /// <summary>Checks a presented token text. Its SHA-256 is compared with every stored hash in constant time
    /// (<see cref="CryptographicOperations.FixedTimeEquals"/>, no early exit), so timing tells nothing about stored hashes.</summary>
    public async Task<(Verdict Verdict, ApiToken? Token)> CheckAsync(string presented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (!ApiTokenSecret.IsWellFormed(presented)) return (Verdict.Malformed, null);
        var hash = ApiTokenSecret.Hash(presented);
        ApiToken? match = null;
        foreach (var (stored, token) in await TokensAsync(cancellationToken))
        {
            if (CryptographicOperations.FixedTimeEquals(hash, stored)) match = token;
        }
        return match switch
        {
            null => (Verdict.Unknown, null),
            { IsActive: false } => (Verdict.Revoked, match),
            _ => (Verdict.Valid, match),
        };
    }

    /// <summary>Whether the store holds at least one active token.</summary>
    public async Task<bool> AnyActiveAsync(CancellationToken cancellationToken) =>
        (await TokensAsync(cancellationToken)).Any(t => t.Token.IsActive);

    private async Task<IReadOnlyList<(byte[] Hash, ApiToken Token)>> TokensAsync(CancellationToken cancellationToken)
    {
        if (stores.Access is not { } access) return [];
        if (_loaded is { } loaded && loaded.Version == access.AccessVersion) return loaded.Tokens;
        await _reload.WaitAsync(cancellationToken);
        try
        {
            var version = access.AccessVersion;
            if (_loaded is { } again && again.Version == version) return again.Tokens;
            var tokens = (await access.GetTokensAsync(cancellationToken)).Select(t => (Convert.FromHexString(t.Sha256), t)).ToList();
            _loaded = new Loaded(version, tokens);
            return tokens;
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Loaded(long Version, IReadOnlyList<(byte[] Hash, ApiToken Token)> Tokens);
}
