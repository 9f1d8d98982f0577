using System.Globalization;
using System.Text;

namespace HumanSecurity.ClickHouse.Http;

/// <summary>Reads a <c>FORMAT TSV</c> response row by row: fields split on tab, rows on newline, ClickHouse's escapes
/// (<c>\t \n \r \b \f \0 \' \\</c>) undone, <c>\N</c> read as null. Numbers are written by ClickHouse in shortest
/// round-trip form, so <see cref="Double"/> gives back the exact double.</summary>
internal sealed class TsvReader(Stream stream)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The next row, or null at the end of the response.</summary>
    public async ValueTask<string?[]?> ReadRowAsync(CancellationToken ct)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var row = Split(_buffer.AsSpan(_start, newline - _start));
                _start = newline + 1;
                return row;
            }
            if (_eof)
            {
                if (_start == _end) return null;
                var last = Split(_buffer.AsSpan(_start, _end - _start));
                _start = _end;
                return last;
            }
            await FillAsync(ct).ConfigureAwait(false);
        }
    }

    private async ValueTask FillAsync(CancellationToken ct)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var n = await stream.ReadAsync(_buffer.AsMemory(_end), ct).ConfigureAwait(false);
        if (n == 0) _eof = true;
        _end += n;
    }

    private static string?[] Split(ReadOnlySpan<byte> line)
    {
        var count = line.Count((byte)'\t') + 1;
        var fields = new string?[count];
        for (var f = 0; f < count; f++)
        {
            var tab = line.IndexOf((byte)'\t');
            var field = tab < 0 ? line : line[..tab];
            fields[f] = Field(field);
            line = tab < 0 ? [] : line[(tab + 1)..];
        }
        return fields;
    }

    private static string? Field(ReadOnlySpan<byte> field)
    {
        if (field.Length == 2 && field[0] == '\\' && field[1] == 'N') return null;
        if (field.IndexOf((byte)'\\') < 0) return Encoding.UTF8.GetString(field);
        var bytes = new byte[field.Length];
        var n = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var b = field[i];
            if (b == '\\' && i + 1 < field.Length)
            {
                b = field[++i] switch
                {
                    (byte)'t' => (byte)'\t', (byte)'n' => (byte)'\n', (byte)'r' => (byte)'\r', (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f', (byte)'0' => 0, var other => other,
                };
            }
            bytes[n++] = b;
        }
        return Encoding.UTF8.GetString(bytes, 0, n);
    }

    public static long Long(string? field) => long.Parse(field!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public static ulong ULong(string? field) => ulong.Parse(field!, NumberStyles.None, CultureInfo.InvariantCulture);

    public static int Int(string? field) => int.Parse(field!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>A Float64 field, including ClickHouse's <c>nan</c>, <c>inf</c> and <c>-inf</c>.</summary>
    public static double Double(string? field) => field switch
    {
        "nan" or "-nan" => double.NaN,
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(field!, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static double? NullableDouble(string? field) => field is null ? null : Double(field);

    public static int? NullableInt(string? field) => field is null ? null : Int(field);
}
