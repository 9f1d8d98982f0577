using HumanSecurity.Tables;

namespace HumanSecurity.Poverty;

public sealed partial class SurveyPlan
{
    /// <summary>Turns a store's cell totals into <see cref="SurveyCells"/>: round and subgroup labels and codes by the same
    /// encoders as the in-memory path (over the whole column's distinct values, so labels match), PSUs and strata
    /// numbered from the cells' key values (PSUs nested in strata and rounds), design counts checked against the
    /// store's counts of the retained sample.</summary>
    /// <exception cref="InvalidOperationException">The totals do not fit the plan (a bug in the store's aggregation).</exception>
    public SurveyCells Assemble(SurveyCellTotals totals, bool standardErrors)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var width = Layout.Width;
        if (totals.Totals.Length % width != 0) throw new InvalidOperationException($"Cell totals have {totals.Totals.Length} values, not a multiple of the width {width}.");
        var m = totals.Totals.Length / width;
        if (totals.Over.Count != Spec.Over.Count || totals.AllOver.Count != Spec.Over.Count)
            throw new InvalidOperationException($"Cell totals have {totals.Over.Count} subgroup variables; the spec has {Spec.Over.Count}.");
        var (round, roundLabels, years) = Rounds(totals, m);
        var groups = new int[Spec.Over.Count][];
        var over = new List<SubgroupLabels>();
        for (var v = 0; v < Spec.Over.Count; v++)
        {
            var all = totals.AllOver[v];
            var variable = DesignColumns.OverCodes(Spec.Over[v], Concat(all, Check(totals.Over[v], m, Spec.Over[v])));
            groups[v] = Enumerable.Range(0, m).Select(c => variable.Code(all.Length + c)).ToArray();
            over.Add(new SubgroupLabels(variable.Name, variable.Labels));
        }
        int[] psu = new int[m], psuStratum = [];
        var (psuCount, strataCount) = (totals.PsuCount, totals.StrataCount);
        if (standardErrors)
        {
            var keys = totals.Psu ?? throw new InvalidOperationException("Cells per PSU need the PSU value of each cell.");
            var design = new DesignColumns([], [], totals.Stratum is { } s ? RowKeys.From(Check(s, m, "stratum")) : null,
                RowKeys.From(Check(keys, m, "psu")), null, null, []);
            (psu, psuStratum, strataCount) = DesignIds.Build(design, m, null, Spec.Time is null ? [] : round);
            if (psuStratum.Length != totals.PsuCount || strataCount != totals.StrataCount)
                throw new InvalidOperationException($"Cells hold {psuStratum.Length} PSUs in {strataCount} strata; the store counted {totals.PsuCount} in {totals.StrataCount}.");
            psuCount = psuStratum.Length;
        }
        else Array.Fill(psu, -1);
        return new SurveyCells
        {
            Indicators = Spec.Indicators, RoundLabels = roundLabels, RoundYears = years, HasTime = Spec.Time is not null, Over = over,
            Retention = totals.Retention, Warnings = [], PsuCount = psuCount, StrataCount = strataCount, PsuStratum = psuStratum,
            HasGaps = HasGaps, Cutoffs = Spec.K.Count, Count = m, Psu = psu, Round = round, Group = groups, Totals = totals.Totals,
            WithStandardErrors = standardErrors, HasRoster = HasPersons,
        };
    }

    private (int[] Round, string[] Labels, double[] Years) Rounds(SurveyCellTotals totals, int m)
    {
        if (Spec.Time is null) return (new int[m], [""], [double.NaN]);
        var all = totals.AllRounds ?? throw new InvalidOperationException("Cells of a spec with a time column need the distinct round values.");
        var cells = Check(totals.Round ?? throw new InvalidOperationException("Cells of a spec with a time column need their round."), m, "round");
        var years = totals.YearRounds ?? new TextColumn("year", []);
        var codes = CategoryCodes.Encode(Concat(Concat(all, cells), years));
        var result = new double[codes.Count];
        Array.Fill(result, double.NaN);
        for (var i = 0; i < years.Length; i++) result[codes.Codes[all.Length + m + i]] = totals.Years[i];
        return (codes.Codes[all.Length..(all.Length + m)], codes.Labels, result);
    }

    private static Column Check(Column c, int m, string what) =>
        c.Length == m ? c : throw new InvalidOperationException($"Cell key '{what}' has {c.Length} values for {m} cells.");

    private static Column Concat(Column a, Column b) => (a, b) switch
    {
        (NumericColumn x, NumericColumn y) => new NumericColumn(a.Name, [.. x.Values, .. y.Values]),
        (TextColumn x, TextColumn y) => new TextColumn(a.Name, [.. x.Values, .. y.Values]),
        (_, { Length: 0 }) => a,
        _ => throw new InvalidOperationException($"Key values of '{a.Name}' mix numbers and text."),
    };
}
