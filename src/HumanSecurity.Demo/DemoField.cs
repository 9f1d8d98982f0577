namespace HumanSecurity.Demo;

/// <summary>A smooth random field over longitude/latitude (random Fourier features approximating a Gaussian process
/// with a squared-exponential kernel): nearby areas get similar values; mean 0, variance about 1.</summary>
internal sealed class DemoField
{
    private const int Waves = 32;
    private readonly double[] _wx = new double[Waves];
    private readonly double[] _wy = new double[Waves];
    private readonly double[] _phase = new double[Waves];

    public DemoField(DemoRandom random, double lengthScaleDegrees)
    {
        for (var k = 0; k < Waves; k++)
        {
            _wx[k] = random.Normal() / lengthScaleDegrees;
            _wy[k] = random.Normal() / lengthScaleDegrees;
            _phase[k] = random.Uniform(0, 2 * Math.PI);
        }
    }

    public double At(double x, double y)
    {
        var sum = 0.0;
        for (var k = 0; k < Waves; k++) sum += Math.Cos(_wx[k] * x + _wy[k] * y + _phase[k]);
        return sum * Math.Sqrt(2.0 / Waves);
    }

    public double At(DemoArea area) => At(area.X, area.Y);
}
