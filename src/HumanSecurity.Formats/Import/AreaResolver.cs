using System.Collections.Concurrent;
using HumanSecurity.Areas;

namespace HumanSecurity.Formats.Import;

/// <summary>Turns the area cells of one file column into the importer's area ids when names are matched
/// (<c>--match-areas</c>): each distinct (parent, name) text is matched once through the store's gazetteer
/// (<see cref="AreaNameMatcher"/>) and remembered, so every later row costs a dictionary probe (no string is made for
/// it). A cell that is an area code is the importer's business: call this only for cells that are not. Thread-safe:
/// parallel row parsers call <see cref="Resolve(ReadOnlySpan{char}, ReadOnlySpan{char}, int)"/>; the consumer, in file
/// order, calls <see cref="Reject"/> for the rows it could not resolve.</summary>
public sealed class AreaResolver
{
    private readonly AreaNameMatcher _matcher;
    private readonly AreaMatching _options;
    private readonly AreaKind? _kind;
    private readonly AreaKind? _parentKind;
    private readonly Func<string, int> _idOf;
    private readonly Func<int, string> _locate;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Entry>> _byParent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Entry>>.AlternateLookup<ReadOnlySpan<char>> _parentLookup;
    private readonly List<Entry> _entries = [];
    private readonly Lock _adding = new();

    /// <param name="matcher">The store's gazetteer.</param>
    /// <param name="options">The request's matching options (a kind given there wins over <paramref name="kind"/>).</param>
    /// <param name="kind">The kind the file implies for this column (an HXL <c>#adm2</c> tag), or null.</param>
    /// <param name="idOf">The importer's id of an area code (≥ 0).</param>
    /// <param name="locate">The location of a cell of this column from its line.</param>
    public AreaResolver(AreaNameMatcher matcher, AreaMatching options, AreaKind? kind, Func<string, int> idOf, Func<int, string> locate)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_matcher, _options, _idOf, _locate) = (matcher, options, idOf, locate);
        _kind = options.Kind ?? kind;
        _parentKind = ParentKind(_kind);
        _parentLookup = _byParent.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A resolver whose ids are positions in <paramref name="gazetteer"/> (<see cref="CodeOf"/> gives the code
    /// back), for importers that keep area codes as text.</summary>
    public static AreaResolver ForGazetteer(IReadOnlyList<Area> gazetteer, AreaMatching options, AreaKind? kind, Func<int, string> locate)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < gazetteer.Count; i++) ids.TryAdd(gazetteer[i].Code, i);
        return new AreaResolver(new AreaNameMatcher(gazetteer), options, kind, c => ids[c], locate) { _gazetteer = gazetteer };
    }

    private IReadOnlyList<Area>? _gazetteer;

    /// <summary>The code of an id of a resolver made by <see cref="ForGazetteer"/>.</summary>
    public string CodeOf(int id) => (_gazetteer ?? throw new InvalidOperationException("not a gazetteer resolver"))[id].Code;

    /// <summary>Rows whose area is ambiguous or unmatched are skipped (and reported) rather than errors.</summary>
    public bool SkipUnmatched => _options.SkipUnmatched;

    /// <summary>The area id of a name (≥ 0), or a token ≤ −2 for a name that is ambiguous or unmatched (pass it to
    /// <see cref="Reject"/>). <paramref name="parent"/> is the parent's name or code as the file gives it (empty: none).</summary>
    public int Resolve(ReadOnlySpan<char> name, ReadOnlySpan<char> parent, int line)
    {
        var entry = Find(name, parent) ?? Add(name.ToString(), parent.ToString());
        Interlocked.Increment(ref entry.Rows);
        for (var first = Volatile.Read(ref entry.FirstLine); line < first; first = Volatile.Read(ref entry.FirstLine))
            if (Interlocked.CompareExchange(ref entry.FirstLine, line, first) == first) break;
        return entry.Id;
    }

    /// <summary>Same, for callers that read rows one at a time and know each row's location (<paramref name="order"/>
    /// orders the rows, e.g. a row counter).</summary>
    public int Resolve(string name, string parent, int order, string location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(parent);
        var entry = Find(name, parent) ?? Add(name, parent);
        entry.Rows++;
        if (order < entry.FirstLine) (entry.FirstLine, entry.FirstLocation) = (order, location);
        return entry.Id;
    }

    /// <summary>For readers that take rows one at a time and check areas through an <see cref="ObservationGate"/>: the
    /// code of an area cell (itself when the gate knows it as a code, else matched as a name). False when the name cannot
    /// be matched; the first row of each such name then gets the error (or, with <see cref="SkipUnmatched"/>, the row is
    /// only counted).</summary>
    public bool TryArea(ObservationGate gate, string area, string parent, int order, string location, ProblemList problems, out string code)
    {
        ArgumentNullException.ThrowIfNull(gate);
        code = area;
        if (gate.AreaId(area) >= 0) return true;
        var id = Resolve(area, parent, order, location);
        if (id >= 0)
        {
            code = gate.AreaCode(id);
            return true;
        }
        Reject(id, problems);
        return false;
    }

    /// <summary>The match behind a token returned by <c>Resolve</c>.</summary>
    public AreaMatch MatchOf(int token) => EntryOf(token).Match;

    /// <summary>Handles a row whose area could not be resolved: the first row of each name gets the located error
    /// (unless <see cref="SkipUnmatched"/>; then the row is only counted, and listed in the report by name).</summary>
    public void Reject(int token, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var entry = EntryOf(token);
        if (SkipUnmatched || entry.Reported) return;
        entry.Reported = true;
        problems.Error(Locate(entry), entry.Match.Describe());
    }

    /// <summary>Adds one entry per distinct name to <paramref name="report"/> (and, with <see cref="SkipUnmatched"/>, one
    /// skipped entry per name left out, with its row count); warns once about the rows skipped.</summary>
    public void AddTo(ImportReport report, ProblemList problems, string file)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(problems);
        long skipped = 0;
        foreach (var e in _entries.OrderBy(e => e.FirstLine))
        {
            var at = Locate(e);
            report.AreaNames.Add(new AreaNameUse(e.Match, at, e.Rows));
            if (e.Match.IsMatched || !SkipUnmatched) continue;
            report.Skipped.Add(new SkippedRow(at, e.Match.Name, e.Match.Describe()) { Rows = e.Rows });
            skipped += e.Rows;
        }
        if (skipped > 0) problems.Warning(file, $"{skipped} row(s) whose area name is ambiguous or unmatched were skipped (--skip-unmatched); the report lists each name");
    }

    private string Locate(Entry e) => e.FirstLocation ?? _locate(e.FirstLine);

    private Entry? Find(ReadOnlySpan<char> name, ReadOnlySpan<char> parent) =>
        _parentLookup.TryGetValue(parent, out var names) && names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var entry) ? entry : null;

    private Entry Add(string name, string parent)
    {
        lock (_adding)
        {
            if (Find(name, parent) is { } raced) return raced;
            var match = parent.Length == 0 ? _matcher.Match(name, _kind) : _matcher.Match(name, _kind, parent, _parentKind);
            var entry = new Entry(match, match.IsMatched ? _idOf(match.Code!) : -2 - _entries.Count);
            _entries.Add(entry);
            _byParent.GetOrAdd(parent, _ => new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal))[name] = entry;
            return entry;
        }
    }

    private Entry EntryOf(int token)
    {
        if (token >= 0) throw new ArgumentOutOfRangeException(nameof(token), token, "a resolved area id is not a token");
        lock (_adding) return _entries[-2 - token];
    }

    /// <summary>The kind one level up (admin2 → admin1, admin1 → country), or null when unknown.</summary>
    private static AreaKind? ParentKind(AreaKind? kind) => kind switch
    {
        AreaKind.Admin1 => AreaKind.Country,
        >= AreaKind.Admin2 and <= AreaKind.Admin5 => kind - 1,
        _ => null,
    };

    private sealed class Entry(AreaMatch match, int id)
    {
        public AreaMatch Match { get; } = match;

        public int Id { get; } = id;

        public long Rows;

        public int FirstLine = int.MaxValue;

        /// <summary>Given by one-row-at-a-time callers; null: <c>locate(FirstLine)</c>.</summary>
        public string? FirstLocation { get; set; }

        public bool Reported { get; set; }
    }
}
