using System.Diagnostics;

namespace HumanSecurity.Web.Reports;

/// <summary>Prints an HTML document to PDF with headless Chromium (Debian's <c>/usr/bin/chromium</c> by default):
/// <c>--headless --no-sandbox --disable-gpu --print-to-pdf</c> with background networking, component updates and sync
/// off, a throw-away profile, and no header or footer. The document must be self-contained (reports are).</summary>
public sealed class PdfPrinter(string chromium)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!File.Exists(chromium))
            throw new PdfUnavailableException($"cannot print to PDF: Chromium not found at {chromium} (install Debian's chromium package, set HSO_CHROMIUM, or use the html format)");
        var dir = Directory.CreateTempSubdirectory("hso-pdf-");
        try
        {
            var page = Path.Combine(dir.FullName, "report.html");
            var pdf = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in Arguments(dir.FullName, pdf, page)) start.ArgumentList.Add(a);
            using var process = Process.Start(start) ?? throw new PdfUnavailableException($"cannot print to PDF: {chromium} did not start");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested) throw;
                throw new PdfUnavailableException($"cannot print to PDF: {chromium} did not finish within {Timeout.TotalSeconds:0} s");
            }
            var bytes = File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, cancellationToken) : [];
            if (process.ExitCode != 0 || bytes.Length < 5 || bytes[0] != '%' || bytes[1] != 'P' || bytes[2] != 'D' || bytes[3] != 'F')
                throw new PdfUnavailableException($"cannot print to PDF: {chromium} exited {process.ExitCode} without a PDF: {Last(await stderr)}");
            return bytes;
        }
        finally
        {
            try { dir.Delete(recursive: true); }
            catch (IOException) { }
        }
    }

    private static IEnumerable<string> Arguments(string profile, string pdf, string page) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio", $"--user-data-dir={profile}/profile",
        "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
    ];

    private static string Last(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no message" : string.Join(" | ", lines.TakeLast(3));
    }
}
