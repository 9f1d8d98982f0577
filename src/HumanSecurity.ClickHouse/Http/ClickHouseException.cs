using System.Globalization;
using System.Text.RegularExpressions;

namespace HumanSecurity.ClickHouse.Http;

/// <summary>An error the ClickHouse server reported for a statement (its numeric code and text). Errors that mean the
/// store cannot be used (authentication, read-only, memory, too many parts) surface as
/// <see cref="Storage.StoreUnavailableException"/> instead; see <see cref="ClickHouseNode"/>.</summary>
public sealed partial class ClickHouseException : InvalidOperationException
{
    public ClickHouseException(int code, string message) : base(message) => Code = code;

    public ClickHouseException() : base("ClickHouse reported an error.") { }

    public ClickHouseException(string message) : base(message) { }

    public ClickHouseException(string message, Exception inner) : base(message, inner) { }

    /// <summary>ClickHouse error code (e.g. 57 = table already exists, 60 = unknown table); 0 when unknown.</summary>
    public int Code { get; }

    public const int TableAlreadyExists = 57;
    public const int UnknownTable = 60;
    public const int UnknownDatabase = 81;

    /// <summary>Codes after which the store is unusable rather than the statement wrong.</summary>
    internal static bool IsUnavailable(int code) => code is 164 or 192 or 193 or 194 or 195 or 241 or 252 or 497 or 516;

    /// <summary>Parses a server error body: <c>Code: 60, e.displayText() = DB::Exception: ...</c> (18.16) or
    /// <c>Code: 60. DB::Exception: ... (UNKNOWN_TABLE) (version ...)</c> (current releases).</summary>
    internal static ClickHouseException FromBody(string body, string statement)
    {
        var m = CodePattern().Match(body);
        var code = m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var text = body.Trim();
        if (text.Length > 2000) text = text[..2000] + " ...";
        var sql = statement.Length > 300 ? statement[..300] + " ..." : statement;
        return new ClickHouseException(code, $"ClickHouse error {code}: {text} (statement: {sql})");
    }

    [GeneratedRegex(@"Code:\s*(\d+)")]
    private static partial Regex CodePattern();
}
