namespace HumanSecurity.Indicators;

/// <summary>Whether a higher value of an indicator means more insecurity (+1) or less (−1).</summary>
public enum Direction
{
    HigherIsWorse = 1,
    HigherIsBetter = -1,
}
