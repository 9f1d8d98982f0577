using System.Runtime.CompilerServices;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Csv;

/// <summary>Receives parsed observation rows in file order: reports duplicate keys (indicator, area, period,
/// disaggregation) within the file and against the store, and, while no error has been found, appends rows in chunks
/// to the import session (which stages them; nothing reaches the store before commit).</summary>
internal sealed class ObservationSink(ObservationFields fields, IImportSession? session, ProblemList problems, int capacityHint)
{
    private const int ChunkSize = 65_536;
    private readonly Import.ObservationKeyIndex _keys = new(capacityHint);
    private readonly Dictionary<Disaggregation, int> _combos = [];
    private readonly List<Disaggregation> _comboList = [];
    private readonly HashSet<int> _indicatorsUsed = [];
    private readonly Import.ChunkPipeline? _pipeline = session is null ? null : new Import.ChunkPipeline(session);
    private ObservationChunk _chunk = new(ChunkSize);
    private Disaggregation? _lastCombo;
    private (int, int, int, int, int) _lastCodes;
    private int _lastComboId;

    public long Count { get; private set; }

    private bool Writing => session is not null && !problems.HasErrors;

    public async ValueTask AddAsync(ParsedObservation row, CancellationToken cancellationToken)
    {
        if (row.Area <= -2 && fields.RejectArea(row, problems)) return;
        if (row.HasErrors)
        {
            fields.MoveErrors(row, problems);
            return;
        }
        var combo = ComboId(row, out var d);
        if (!_keys.TryAdd(row.Indicator, row.Area, Import.ObservationKeyIndex.Slice(row.Period, combo), row.Line, out var firstLine))
        {
            problems.Error(Problem.At(fields.File, row.Line), $"duplicate observation {Describe(row.Indicator, row.Area, row.Period, d)}; first given on line {firstLine}");
            return;
        }
        _indicatorsUsed.Add(row.Indicator);
        Count++;
        if (!Writing) return;
        _chunk.Add(fields.Indicators.Codes[row.Indicator], fields.Areas.Codes[row.Area], row.Period, d, row.Value, fields.Codes[row.Status], fields.Codes[row.Source]);
        if (_chunk.IsFull) await SendAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After the last row: checks the keys against the store (<see cref="Import.ImportPhase.Check"/>, only when the
    /// file itself had no error), then sends the last rows and waits until the session has staged every chunk
    /// (<see cref="Import.ImportPhase.Stage"/>).</summary>
    public async Task FinishAsync(Import.ImportPhases phases, IStore store, CancellationToken cancellationToken)
    {
        phases.End(Count, problems.ErrorCount);
        phases.Start(Import.ImportPhase.Check, Count);
        if (!problems.HasErrors) await CheckAgainstStoreAsync(store, cancellationToken).ConfigureAwait(false);
        phases.End(Count, problems.ErrorCount);
        phases.Start(Import.ImportPhase.Stage, Count);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        phases.End(Count, problems.ErrorCount);
    }

    /// <summary>Sends the last rows and waits until the session has staged every chunk.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await SendAsync(cancellationToken).ConfigureAwait(false);
        if (_pipeline is not null) await _pipeline.CompleteAsync().ConfigureAwait(false);
    }

    // The session stages this chunk on a worker while the other one fills.
    private async ValueTask SendAsync(CancellationToken cancellationToken)
    {
        if (!Writing || _chunk.Count == 0) return;
        _chunk = await _pipeline!.AppendAsync(_chunk, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reports every row whose key is already in the store (only the file's indicators are read back).</summary>
    public async Task CheckAgainstStoreAsync(IStore store, CancellationToken cancellationToken)
    {
        if (_indicatorsUsed.Count == 0) return;
        var query = new ObservationQuery { Indicators = _indicatorsUsed.Select(i => fields.Indicators.Codes[i]).ToList(), TotalsOnly = false };
        await foreach (var chunk in store.GetObservationsAsync(query, cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                var ind = fields.Indicators.IdOf(chunk.Indicator[i]);
                var area = fields.Areas.IdOf(chunk.Area[i]);
                if (ind < 0 || area < 0 || !_combos.TryGetValue(chunk.DisaggregationAt(i), out var combo)) continue;
                if (_keys.TryGetLine(ind, area, Import.ObservationKeyIndex.Slice(chunk.Period[i], combo), out var line))
                    problems.Error(Problem.At(fields.File, line),
                        $"observation {Describe(ind, area, chunk.Period[i], _comboList[combo])} is already in the store; expected new keys (observations are never overwritten)");
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ComboId(in ParsedObservation row, out Disaggregation d)
    {
        // Codes are ids: most files repeat the same slice row after row, which costs five integer comparisons.
        var codes = (row.Sex, row.Age, row.Group, row.Disability, row.Urbanisation);
        if (_lastCombo is { } last && codes == _lastCodes)
        {
            d = last;
            return _lastComboId;
        }
        var c = fields.Codes;
        var candidate = new Disaggregation(c[row.Sex]!, c[row.Age]!, c[row.Group]!, c[row.Disability]!, c[row.Urbanisation]!);
        if (candidate.IsTotal) candidate = Disaggregation.Total;
        if (!_combos.TryGetValue(candidate, out var id))
        {
            id = _comboList.Count;
            _combos[candidate] = id;
            _comboList.Add(candidate);
        }
        d = _comboList[id];
        (_lastCombo, _lastCodes, _lastComboId) = (d, codes, id);
        return id;
    }

    private string Describe(int indicator, int area, Period period, Disaggregation d) =>
        $"{fields.Indicators.Codes[indicator]}/{fields.Areas.Codes[area]}/{period}" + (d.IsTotal ? "" : $" ({d})");
}
