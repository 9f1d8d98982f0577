using HumanSecurity.Areas;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Hxl;

/// <summary>Which columns of an HXL table give area, period, indicator and values (resolved from a mapping or the tags).</summary>
public sealed class HxlLayout
{
    public required HxlColumn? AreaColumn { get; init; }

    public AreaKind AreaKind { get; init; } = AreaKind.Admin1;

    /// <summary>Whether the area column holds names (no code column was found).</summary>
    public bool AreaByName { get; init; }

    public HxlColumn? AreaNameColumn { get; init; }

    /// <summary>Code column of the next level up, giving each area's parent.</summary>
    public HxlColumn? ParentColumn { get; init; }

    /// <summary>Name column of the next level up (<c>#country</c> beside <c>#adm1</c>), for matching names within their
    /// parent when there is no parent code column.</summary>
    public HxlColumn? ParentNameColumn { get; init; }

    /// <summary>The parent column names are matched within: the code column, else the name column.</summary>
    public HxlColumn? MatchParentColumn => ParentColumn ?? ParentNameColumn;

    public HxlColumn? PeriodColumn { get; init; }

    public Period? FixedPeriod { get; init; }

    /// <summary>Long form: the indicator code column (null in wide form).</summary>
    public HxlColumn? IndicatorColumn { get; init; }

    /// <summary>Long form: the indicator label column (<c>#indicator+name</c>), or null.</summary>
    public HxlColumn? IndicatorNameColumn { get; init; }

    /// <summary>Long form: optional columns of disaggregation codes, status and source.</summary>
    public IReadOnlyDictionary<string, HxlColumn> LongExtras { get; init; } = new Dictionary<string, HxlColumn>();

    /// <summary>Value columns: in long form one (indicator from <see cref="IndicatorColumn"/>), in wide form one per series.</summary>
    public required IReadOnlyList<HxlValueColumn> Values { get; init; }

    public bool IsLongForm => IndicatorColumn is not null;
}

/// <summary>A column of numbers and the indicator and disaggregation it stands for (indicator empty in long form).</summary>
public sealed record HxlValueColumn(HxlColumn Column, string Indicator, Disaggregation Disaggregation);
