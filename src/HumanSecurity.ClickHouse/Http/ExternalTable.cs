namespace HumanSecurity.ClickHouse.Http;

/// <summary>Values sent beside a query as ClickHouse "external data": a temporary table the query can read
/// (<c>x IN name</c>, <c>(SELECT v FROM name)</c>). This is how user values reach SQL without being spliced into its
/// text: ClickHouse 18.16 has no server-side query parameters (<c>param_x</c> is an unknown setting there), while
/// external data has been part of the HTTP interface of every release. Rows are sent in <c>RowBinary</c>.</summary>
/// <param name="Name">Table name used in the query (letters, digits, _).</param>
/// <param name="Structure">Columns as <c>name Type, name Type</c>.</param>
/// <param name="Rows">The rows, RowBinary-encoded in <paramref name="Structure"/> order.</param>
internal sealed record ExternalTable(string Name, string Structure, RowBinaryWriter Rows)
{
    /// <summary>A one-column table of 64-bit ids (e.g. a set of dictionary ids for <c>IN</c>).</summary>
    public static ExternalTable Ids(string name, IEnumerable<ulong> ids)
    {
        var w = new RowBinaryWriter();
        foreach (var id in ids) w.UInt64(id);
        return new ExternalTable(name, "v UInt64", w);
    }

    /// <summary>A one-column table of strings.</summary>
    public static ExternalTable Strings(string name, IEnumerable<string> values)
    {
        var w = new RowBinaryWriter();
        foreach (var v in values) w.String(v);
        return new ExternalTable(name, "v String", w);
    }

    /// <summary>A one-column table of doubles (exact: binary, not text).</summary>
    public static ExternalTable Doubles(string name, IEnumerable<double> values)
    {
        var w = new RowBinaryWriter();
        foreach (var v in values) w.Float64(v);
        return new ExternalTable(name, "v Float64", w);
    }
}
