using HumanSecurity.Runs;
using HumanSecurity.Tables;

namespace HumanSecurity.Poverty.Runs;

/// <summary>File mode: the household table (and optional person roster) as read, with the names used in error
/// locations and the identity (path, SHA-256) of the files.</summary>
public sealed record PovertyFileSource(ColumnTable Households, string HouseholdsName, IReadOnlyList<InputFile> Files) : PovertySource
{
    public ColumnTable? Persons { get; init; }

    public string? PersonsName { get; init; }
}
