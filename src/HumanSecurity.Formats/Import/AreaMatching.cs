using HumanSecurity.Areas;

namespace HumanSecurity.Formats.Import;

/// <summary>How an import matches area names to the store's gazetteer (<c>hso import --match-areas</c>).</summary>
/// <param name="Kind">Only areas of this kind are candidates (<c>--area-level</c>); null: the kind the file implies (an
/// HXL <c>#adm2</c> column, a survey's <c>adm2</c> column), else any.</param>
/// <param name="SkipUnmatched">Rows whose area is ambiguous or unmatched are skipped and reported instead of being errors.</param>
public sealed record AreaMatching(AreaKind? Kind = null, bool SkipUnmatched = false);
