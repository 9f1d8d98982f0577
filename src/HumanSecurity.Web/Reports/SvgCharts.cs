using System.Globalization;
using System.Text;

using HumanSecurity.Web.ReadModels.Profiles;
using HumanSecurity.Web.Text;
using static System.Net.WebUtility;

namespace HumanSecurity.Web.Reports;

/// <summary>Small inline SVG charts drawn on the server, for the profile's tables and for reports (which must work with
/// no script): a sparkline, a line chart of several series, and signed horizontal bars. Every chart has a title for
/// screen readers; text is encoded.</summary>
public static class SvgCharts
{
    private static readonly string[] Lines = ["#1b5e9f", "#c2410c", "#15803d", "#7e22ce", "#a16207", "#0f766e", "#be123c"];

    /// <summary>A 96 × 22 sparkline of one series (oldest left), the last point marked.</summary>
    public static string Sparkline(IReadOnlyList<TrendPoint> points, string title)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2) return "";
        const double w = 96, h = 22, pad = 2;
        var (min, max) = (points.Min(p => p.Value), points.Max(p => p.Value));
        var span = max - min == 0 ? 1 : max - min;
        var xy = points.Select((p, i) => (X: pad + i * (w - 2 * pad) / (points.Count - 1), Y: h - pad - (p.Value - min) / span * (h - 2 * pad))).ToList();
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"<svg class=\"spark\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\"><title>{HtmlEncode(title)}</title>");
        b.Append("<polyline fill=\"none\" stroke=\"#1b5e9f\" stroke-width=\"1.5\" points=\"").AppendJoin(' ', xy.Select(p => Pt(p.X, p.Y))).Append("\"/>");
        b.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(xy[^1].X)}\" cy=\"{F(xy[^1].Y)}\" r=\"2.2\" fill=\"#1b5e9f\"/></svg>");
        return b.ToString();
    }

    /// <summary>A line chart (560 × 240) of up to seven series sharing periods on the x axis, with a legend.</summary>
    public static string LineChart(IReadOnlyList<TrendSeries> series, string title, TextSet text)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(text);
        var shown = series.Where(s => s.Points.Count >= 2).Take(Lines.Length).ToList();
        if (shown.Count == 0) return "";
        var periods = shown.SelectMany(s => s.Points.Select(p => p.Period)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        const double w = 560, h = 240, left = 44, right = 12, top = 12, bottom = 28;
        var (min, max) = (shown.Min(s => s.Points.Min(p => p.Value)), shown.Max(s => s.Points.Max(p => p.Value)));
        if (max - min == 0) (min, max) = (min - 1, max + 1);
        double X(string period) => left + periods.IndexOf(period) * (w - left - right) / Math.Max(1, periods.Count - 1);
        double Y(double v) => top + (max - v) / (max - min) * (h - top - bottom);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {w} {h + 18 * ((shown.Count + 1) / 2)}\" role=\"img\"><title>{HtmlEncode(title)}</title>");
        foreach (var tick in Ticks(min, max))
            b.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{w - right}\" y1=\"{F(Y(tick))}\" y2=\"{F(Y(tick))}\" stroke=\"#e3e8ee\"/><text x=\"{left - 4}\" y=\"{F(Y(tick) + 4)}\" text-anchor=\"end\" font-size=\"10\">{HtmlEncode(text.Auto(tick))}</text>");
        var step = Math.Max(1, periods.Count / 8);
        for (var i = 0; i < periods.Count; i += step)
            b.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(periods[i]))}\" y=\"{h - 10}\" text-anchor=\"middle\" font-size=\"10\">{HtmlEncode(periods[i])}</text>");
        for (var s = 0; s < shown.Count; s++)
        {
            var colour = Lines[s];
            b.Append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").Append(colour).Append("\" points=\"")
                .AppendJoin(' ', shown[s].Points.Select(p => Pt(X(p.Period), Y(p.Value)))).Append("\"/>");
            var lx = left + s % 2 * 260;
            var ly = h + 4 + s / 2 * 18;
            b.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"{ly}\" width=\"12\" height=\"4\" fill=\"{colour}\"/><text x=\"{lx + 16}\" y=\"{ly + 6}\" font-size=\"11\">{HtmlEncode(Clip(shown[s].Name, 40))}</text>");
        }
        return b.Append("</svg>").ToString();
    }

    /// <summary>Signed horizontal bars (positive right, negative left of a zero line), one per labelled value.</summary>
    public static string Bars(IReadOnlyList<(string Label, double Value)> bars, string title, TextSet text)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(text);
        if (bars.Count == 0) return "";
        const double w = 560, row = 18, label = 230, pad = 50;
        var extent = Math.Max(1e-12, bars.Max(x => Math.Abs(x.Value)));
        var hasNegative = bars.Any(x => x.Value < 0);
        var zero = hasNegative ? label + (w - label) / 2 : label + 4;
        var scale = (hasNegative ? (w - label) / 2 - pad : w - label - pad) / extent;
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {w} {bars.Count * row + 6}\" role=\"img\"><title>{HtmlEncode(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (name, v) = bars[i];
            var y = 3 + i * row;
            var x = v >= 0 ? zero : zero + v * scale;
            var colour = v >= 0 ? "#c2410c" : "#1b5e9f";
            b.Append(CultureInfo.InvariantCulture, $"<text x=\"{label - 6}\" y=\"{F(y + 12)}\" text-anchor=\"end\" font-size=\"11\">{HtmlEncode(Clip(name, 38))}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(y + 2)}\" width=\"{F(Math.Abs(v) * scale)}\" height=\"{row - 5}\" fill=\"{colour}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{F(v >= 0 ? x + Math.Abs(v) * scale + 3 : x - 3)}\" y=\"{F(y + 12)}\" font-size=\"10\" text-anchor=\"{(v >= 0 ? "start" : "end")}\">{HtmlEncode(text.Number(v))}</text>");
        }
        b.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(zero)}\" x2=\"{F(zero)}\" y1=\"0\" y2=\"{bars.Count * row + 6}\" stroke=\"#333\"/></svg>");
        return b.ToString();
    }

    private static IEnumerable<double> Ticks(double min, double max)
    {
        var raw = (max - min) / 4;
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * mag).First(s => s >= raw);
        for (var t = Math.Ceiling(min / step) * step; t <= max + 1e-9; t += step) yield return t;
    }

    private static string Clip(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    private static string Pt(double x, double y) => F(x) + "," + F(y);

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
