using System.Globalization;
using System.Numerics;

namespace HumanSecurity.Poverty;

/// <summary>An exact fraction (reduced, positive denominator) for indicator weights and cutoffs, so that identification
/// never suffers from floating-point sums (six weights of 1/12 are exactly 1/2).</summary>
public readonly record struct Rational : IComparable<Rational>
{
    public Rational(long numerator, long denominator)
    {
        if (denominator == 0) throw new DivideByZeroException("Rational with zero denominator.");
        if (denominator < 0) { numerator = -numerator; denominator = -denominator; }
        var g = (long)BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = g == 0 ? 0 : numerator / g;
        Denominator = g == 0 ? 1 : denominator / g;
    }

    public long Numerator { get; }

    public long Denominator { get; }

    public static Rational Zero => new(0, 1);

    public static Rational One => new(1, 1);

    public double ToDouble() => (double)Numerator / Denominator;

    public static Rational operator +(Rational a, Rational b) => Checked(
        (BigInteger)a.Numerator * b.Denominator + (BigInteger)b.Numerator * a.Denominator,
        (BigInteger)a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => a + new Rational(-b.Numerator, b.Denominator);

    public static Rational operator *(Rational a, Rational b) => Checked(
        (BigInteger)a.Numerator * b.Numerator, (BigInteger)a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => Checked(
        (BigInteger)a.Numerator * b.Denominator, (BigInteger)a.Denominator * b.Numerator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public int CompareTo(Rational other) =>
        ((BigInteger)Numerator * other.Denominator).CompareTo((BigInteger)other.Numerator * Denominator);

    /// <summary>Parses <c>1/6</c>, <c>0.25</c>, <c>2</c> or <c>-3/4</c> exactly (decimals become fractions of a power of ten).</summary>
    public static bool TryParse(string? text, out Rational value)
    {
        value = Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!TryParseDecimal(text[..slash], out var n) || !TryParseDecimal(text[(slash + 1)..], out var d) || d.Numerator == 0)
                return false;
            value = n / d;
            return true;
        }
        return TryParseDecimal(text, out value);
    }

    private static bool TryParseDecimal(string text, out Rational value)
    {
        value = Zero;
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m))
            return false;
        var bits = decimal.GetBits(m);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        if (m < 0) mantissa = -mantissa;
        var den = BigInteger.Pow(10, scale);
        try { value = Checked(mantissa, den); }
        catch (OverflowException) { return false; }
        return true;
    }

    private static Rational Checked(BigInteger numerator, BigInteger denominator)
    {
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (g > 1) { numerator /= g; denominator /= g; }
        if (denominator < 0) { numerator = -numerator; denominator = -denominator; }
        if (BigInteger.Abs(numerator) > long.MaxValue || denominator > long.MaxValue)
            throw new OverflowException("Fraction too large for exact arithmetic.");
        return new Rational((long)numerator, (long)denominator);
    }

    public override string ToString() => Denominator == 1
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
