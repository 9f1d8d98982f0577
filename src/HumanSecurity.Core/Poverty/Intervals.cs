using MathNet.Numerics.Distributions;

namespace HumanSecurity.Poverty;

/// <summary>Level confidence intervals: logit (mpitb, svyciprop "logit") or Wald, with t(df) or normal quantiles.</summary>
internal sealed class Intervals
{
    private readonly double _levelQuantile;
    private readonly IntervalKind _kind;

    public Intervals(InferenceOptions options, int designDf)
    {
        _kind = options.Interval;
        var p = 1 - (1 - options.Level) / 2;
        _levelQuantile = !options.DesignDf ? Normal.InvCDF(0, 1, p) : designDf > 0 ? StudentT.InvCDF(0, 1, designDf, p) : double.NaN;
        NormalQuantile = Normal.InvCDF(0, 1, p);
    }

    public double NormalQuantile { get; }

    public (double Low, double High) Level(double theta, double se)
    {
        if (double.IsNaN(se) || double.IsNaN(theta) || double.IsNaN(_levelQuantile)) return (double.NaN, double.NaN);
        if (_kind == IntervalKind.Wald) return (theta - _levelQuantile * se, theta + _levelQuantile * se);
        if (theta <= 0 || theta >= 1) return (double.NaN, double.NaN);
        var logit = Math.Log(theta / (1 - theta));
        var half = _levelQuantile * se / (theta * (1 - theta));
        return (Expit(logit - half), Expit(logit + half));
    }

    public (double Low, double High) Normal95(double value, double se) =>
        double.IsNaN(se) ? (double.NaN, double.NaN) : (value - NormalQuantile * se, value + NormalQuantile * se);

    private static double Expit(double x) => 1 / (1 + Math.Exp(-x));
}
