namespace HumanSecurity.Access;

/// <summary>One audited write: who did what to which target, when, and how it ended.</summary>
/// <param name="Id">Store-assigned id, 1, 2, ... in order (0 before saving).</param>
/// <param name="At">UTC time the write started.</param>
/// <param name="Actor">Who: <c>token:3 (ci-bot)</c>, <c>anonymous</c>, or <c>cli:USER</c>.</param>
/// <param name="Action">What, e.g. <c>dataset.access</c>, <c>token.create</c>.</param>
/// <param name="Target">On what, e.g. <c>PUT /api/datasets/4/access</c> or <c>token 3</c>.</param>
/// <param name="Outcome">How it ended: <c>pending</c> while running, then <c>ok</c>, <c>denied</c>, <c>invalid</c> or <c>error</c>.</param>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Target, string Outcome)
{
    /// <summary>The HTTP status of an API write; null for CLI writes.</summary>
    public int? Status { get; init; }

    /// <summary>The role the actor held, when known.</summary>
    public Role? Role { get; init; }

    /// <summary>Client address of an API write.</summary>
    public string? Remote { get; init; }

    /// <summary>What changed or why it failed, in a few words.</summary>
    public string? Detail { get; init; }

    public const string Pending = "pending";
    public const string Ok = "ok";
    public const string Denied = "denied";
    public const string Invalid = "invalid";
    public const string Error = "error";

    /// <summary>The outcome word of an HTTP status: 2xx ok, 401/403 denied, other 4xx invalid, 5xx error.</summary>
    public static string OutcomeOf(int status) => status switch
    {
        >= 200 and < 300 => Ok,
        401 or 403 => Denied,
        >= 400 and < 500 => Invalid,
        _ => Error,
    };
}
