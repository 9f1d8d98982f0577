using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace HumanSecurity.Web.Platform;

/// <summary>Responses of cached reads by request key, valid for one store data version, within a byte budget (the
/// least recently used go first), with one computation per key at a time. Thread-safe.</summary>
public sealed class ReadCacheStore(long budgetBytes)
{
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CachedResponse?>> _running = new(StringComparer.Ordinal);
    private readonly Lock _trim = new();
    private readonly string _epoch = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
    private long _bytes;
    private long _version;

    /// <summary>Largest response kept: a sixteenth of the budget.</summary>
    public long MaxEntryBytes => budgetBytes / 16;

    public long Bytes => Interlocked.Read(ref _bytes);

    public int Count => _entries.Count;

    /// <summary>The strong ETag of the response to <paramref name="key"/> at <paramref name="version"/>: a hash of this
    /// process's random epoch, the version and the key. Equal ETags mean equal bytes: responses are deterministic
    /// functions of the stored data and the request key.</summary>
    public string ETagOf(long version, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{_epoch}\n{version}\n{key}"));
        return "\"" + Base64Url.EncodeToString(hash.AsSpan(0, 18)) + "\"";
    }

    public CachedResponse? Find(string key, long version)
    {
        if (!_entries.TryGetValue(key, out var entry) || entry.Version != version) return null;
        entry.Touch();
        return entry;
    }

    /// <summary>Claims the computation of <paramref name="key"/>: true for the first caller (who must call
    /// <see cref="Complete"/>), false with the running computation for the others.</summary>
    public bool TryStart(string key, out Task<CachedResponse?> running)
    {
        var mine = new TaskCompletionSource<CachedResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var current = _running.GetOrAdd(key, mine);
        running = current.Task;
        return ReferenceEquals(current, mine);
    }

    /// <summary>Ends a computation claimed by <see cref="TryStart"/>; keeps <paramref name="response"/> when it fits.</summary>
    public void Complete(string key, CachedResponse? response)
    {
        if (response is not null && response.Body.Length <= MaxEntryBytes) Add(key, response);
        if (_running.TryRemove(key, out var tcs)) tcs.TrySetResult(response);
    }

    private void Add(string key, CachedResponse response)
    {
        lock (_trim)
        {
            if (response.Version > _version)
            {
                _entries.Clear();
                _bytes = 0;
                _version = response.Version;
            }
            else if (response.Version < _version)
            {
                return;
            }
            if (_entries.TryRemove(key, out var old)) _bytes -= old.Body.Length;
            _entries[key] = response;
            _bytes += response.Body.Length;
            if (_bytes > budgetBytes) Trim();
        }
    }

    private void Trim()
    {
        foreach (var (key, entry) in _entries.OrderBy(e => e.Value.LastUsed).ToList())
        {
            if (_bytes <= budgetBytes * 3 / 4) break;
            if (_entries.TryRemove(key, out _)) _bytes -= entry.Body.Length;
        }
    }
}
