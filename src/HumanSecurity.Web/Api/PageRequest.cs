namespace HumanSecurity.Web.Api;

/// <summary>What a caller asked for: at most <paramref name="Limit"/> rows after <paramref name="Offset"/>.</summary>
public sealed record PageRequest(int Limit, int Offset)
{
    /// <summary>The page's description once the rows are known.</summary>
    public PageInfo Of(int count, long total) => new(count, total, Limit, Offset, Offset + (long)count < total);
}
