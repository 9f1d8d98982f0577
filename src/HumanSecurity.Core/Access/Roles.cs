using System.Diagnostics.CodeAnalysis;

namespace HumanSecurity.Access;

/// <summary>Text forms of <see cref="Role"/>: <c>viewer</c>, <c>analyst</c>, <c>admin</c> (one list used by the CLI, the
/// API and their error messages).</summary>
public static class Roles
{
    /// <summary>Every role's code, weakest first.</summary>
    public static IReadOnlyList<string> AllCodes { get; } = Enum.GetValues<Role>().Select(r => r.ToCode()).ToArray();

    /// <summary>The accepted forms, for error messages: <c>viewer, analyst or admin</c>.</summary>
    public static string ExpectedForms => string.Join(", ", AllCodes.Take(AllCodes.Count - 1)) + " or " + AllCodes[^1];

    /// <summary>The role's code.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined role.</exception>
    public static string ToCode(this Role role) => role switch
    {
        Role.Viewer => "viewer",
        Role.Analyst => "analyst",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>Parses a role code exactly (lower case, no spaces).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Role role)
    {
        role = Role.Viewer;
        switch (text)
        {
            case "viewer": role = Role.Viewer; return true;
            case "analyst": role = Role.Analyst; return true;
            case "admin": role = Role.Admin; return true;
            default: return false;
        }
    }

    /// <summary>Whether a holder of <paramref name="held"/> may do what <paramref name="needed"/> allows.</summary>
    public static bool Includes(this Role held, Role needed) => held >= needed;
}
