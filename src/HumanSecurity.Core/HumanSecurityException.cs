namespace HumanSecurity;

/// <summary>Base of every domain failure the engine reports (bad input, bad model, store conflicts).</summary>
public class HumanSecurityException : Exception
{
    public HumanSecurityException(string message) : base(message) { }

    public HumanSecurityException(string message, Exception inner) : base(message, inner) { }

    public HumanSecurityException() { }
}
