namespace HumanSecurity.Indices;

/// <summary>First-order (Si) and total-order (STi) Sobol indices of one input with bootstrap confidence bounds.</summary>
public sealed record SobolIndex(double Si, double SiLow, double SiHigh, double Sti, double StiLow, double StiHigh);
