namespace HumanSecurity.Web.Reports;

/// <summary>Thrown when a report cannot be printed to PDF on this machine (no Chromium at the configured path, or it
/// failed); the message says what was tried and how to fix it.</summary>
public sealed class PdfUnavailableException : Exception
{
    public PdfUnavailableException(string message) : base(message) { }

    public PdfUnavailableException(string message, Exception inner) : base(message, inner) { }

    public PdfUnavailableException() { }
}
