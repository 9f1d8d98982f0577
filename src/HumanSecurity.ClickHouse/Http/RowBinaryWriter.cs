using System.Buffers.Binary;
using System.Text;

namespace HumanSecurity.ClickHouse.Http;

/// <summary>Encodes rows in ClickHouse's <c>RowBinary</c> format into a growable buffer: little-endian fixed-width numbers,
/// strings as a LEB128 length and UTF-8 bytes, <c>Nullable(T)</c> as a 0/1 marker byte followed by the value when 0.
/// The caller flushes <see cref="Written"/> to a stream and calls <see cref="Clear"/>.</summary>
internal sealed class RowBinaryWriter(int capacity = 1 << 16)
{
    private byte[] _buffer = new byte[Math.Max(capacity, 64)];

    /// <summary>Bytes written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, Length);

    public void Clear() => Length = 0;

    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

    private Span<byte> Take(int n)
    {
        if (Length + n > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + n));
        var span = _buffer.AsSpan(Length, n);
        Length += n;
        return span;
    }

    public void UInt8(byte value) => Take(1)[0] = value;

    public void Int8(sbyte value) => Take(1)[0] = unchecked((byte)value);

    public void Bool(bool value) => UInt8(value ? (byte)1 : (byte)0);

    public void Int32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

    public void UInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Take(4), value);

    public void Int64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

    public void UInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Take(8), value);

    public void Float64(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Take(8), value);

    public void String(string value)
    {
        var bytes = Encoding.UTF8.GetByteCount(value);
        VarUInt((ulong)bytes);
        Encoding.UTF8.GetBytes(value, Take(bytes));
    }

    /// <summary>Already-encoded UTF-8 bytes of a string (a cached dictionary code).</summary>
    public void String(ReadOnlySpan<byte> utf8)
    {
        VarUInt((ulong)utf8.Length);
        utf8.CopyTo(Take(utf8.Length));
    }

    public void NullableString(string? value)
    {
        UInt8(value is null ? (byte)1 : (byte)0);
        if (value is not null) String(value);
    }

    public void NullableFloat64(double? value)
    {
        UInt8(value is null ? (byte)1 : (byte)0);
        if (value is { } v) Float64(v);
    }

    public void NullableInt32(int? value)
    {
        UInt8(value is null ? (byte)1 : (byte)0);
        if (value is { } v) Int32(v);
    }

    private void VarUInt(ulong value)
    {
        while (value >= 0x80)
        {
            UInt8((byte)(value | 0x80));
            value >>= 7;
        }
        UInt8((byte)value);
    }
}
