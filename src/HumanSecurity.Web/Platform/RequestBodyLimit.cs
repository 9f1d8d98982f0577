namespace HumanSecurity.Web.Platform;

/// <summary>Endpoint metadata: the largest request body the endpoint accepts, in bytes (see <see cref="RequestBodyLimits"/>).</summary>
public sealed record RequestBodyLimit(int Bytes);
