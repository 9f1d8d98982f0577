namespace HumanSecurity.Formats.Text;

/// <summary>A read-only file stream that counts the bytes it hands out, for progress reporting from another thread, and
/// checks them (<see cref="TextCheck"/>: no NUL, valid UTF-8).</summary>
internal sealed class CountingReadStream : Stream
{
    private readonly FileStream _inner;
    private readonly TextCheck _check;
    private long _read;

    /// <param name="path">The file.</param>
    /// <param name="fileName">Its name in problem locations.</param>
    /// <param name="utf8">Whether the text must be valid UTF-8 (false: single-byte text, checked for NUL only).</param>
    public CountingReadStream(string path, string fileName, bool utf8 = true)
    {
        _inner = TextDecoding.OpenStream(path, fileName, 1 << 20);
        _check = new TextCheck(path, fileName, utf8);
    }

    /// <summary>Bytes handed out so far (read ahead of the parser by at most its buffer).</summary>
    public long BytesRead => Interlocked.Read(ref _read);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = _inner.Read(buffer);
        _check.Scan(buffer[..n]);
        Interlocked.Add(ref _read, n);
        return n;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
