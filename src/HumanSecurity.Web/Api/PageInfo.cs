namespace HumanSecurity.Web.Api;

/// <summary>A page: <paramref name="Count"/> rows from row <paramref name="Offset"/> of the <paramref name="Total"/> that
/// matched; <paramref name="Truncated"/> is true when more rows follow (ask again with offset + count).</summary>
public sealed record PageInfo(int Count, long Total, int Limit, int Offset, bool Truncated);
