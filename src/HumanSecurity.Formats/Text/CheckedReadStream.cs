namespace HumanSecurity.Formats.Text;

/// <summary>A read-only file stream that checks the bytes it hands out (<see cref="TextCheck"/>: no NUL, and valid UTF-8
/// for UTF-8 text), so that every reader of text sees a NUL byte or a bad byte sequence as a located error.</summary>
internal sealed class CheckedReadStream : Stream
{
    private readonly FileStream _inner;
    private readonly TextCheck _check;

    /// <param name="path">The file.</param>
    /// <param name="fileName">Its name in problem locations.</param>
    /// <param name="utf8">Whether the text must be valid UTF-8 (false: single-byte text, checked for NUL only).</param>
    public CheckedReadStream(string path, string fileName, bool utf8 = true)
    {
        _inner = TextDecoding.OpenStream(path, fileName, 1 << 20);
        _check = new TextCheck(path, fileName, utf8);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = _inner.Read(buffer);
        _check.Scan(buffer[..n]);
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
