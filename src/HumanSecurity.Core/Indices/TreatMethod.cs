namespace HumanSecurity.Indices;

/// <summary>How outliers are treated.</summary>
public enum TreatMethod
{
    /// <summary>No treatment.</summary>
    None,

    /// <summary>COINr default: winsorise up to <see cref="TreatSpec.WinMax"/> points until |skew| &lt; 2 or kurtosis &lt; 3.5, else log_ct on the original values.</summary>
    Default,

    /// <summary>Winsorise exactly <see cref="TreatSpec.WinMax"/> points regardless of skew and kurtosis.</summary>
    ForceWinsorise,

    /// <summary>Natural log; values must be positive.</summary>
    Log,

    /// <summary>ln(x − min + 0.01·range) (COINr <c>log_CT</c>).</summary>
    LogCt,

    /// <summary>Box-Cox with λ = <see cref="TreatSpec.Lambda"/> after shifting to min 1.</summary>
    BoxCox,
}
