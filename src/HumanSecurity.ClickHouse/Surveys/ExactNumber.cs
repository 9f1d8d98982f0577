using System.Globalization;
using System.Numerics;

namespace HumanSecurity.ClickHouse.Surveys;

/// <summary>Writes a double into SQL text as an expression ClickHouse evaluates to exactly that double, with no decimal
/// parsing: an integer mantissa divided or multiplied by powers of two (<c>toFloat64(3602879701896397) / 36028797018963968</c>
/// for 0.1). Each step is an exact IEEE operation, whereas ClickHouse's parser of decimal float literals is documented as
/// possibly inexact (<c>precise_float_parsing</c> in current releases). Only our formatting of a typed double reaches the
/// SQL text, never text a user wrote.</summary>
internal static class ExactNumber
{
    private const int MaxShift = 62;

    public static string Sql(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        if (value == Math.Floor(value) && Math.Abs(value) < 9e15)
            return string.Create(CultureInfo.InvariantCulture, $"toFloat64({(long)value})");
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0) exponent = 1; // subnormal: no implicit bit
        else mantissa |= 1L << 52;
        var power = exponent - 1075; // value = ±mantissa · 2^power
        var zeros = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= zeros;
        power += zeros;
        var sql = string.Create(CultureInfo.InvariantCulture, $"toFloat64({(value < 0 ? -mantissa : mantissa)})");
        var op = power < 0 ? " / " : " * ";
        for (var left = Math.Abs(power); left > 0; left -= Math.Min(left, MaxShift))
            sql = string.Create(CultureInfo.InvariantCulture, $"({sql}{op}{1L << Math.Min(left, MaxShift)})");
        return sql;
    }
}
