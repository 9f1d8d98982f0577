using System.Globalization;

namespace HumanSecurity.Indices;

/// <summary>An imputation, written as <c>none</c>, <c>mean</c>, <c>median</c>, <c>group-mean:COL</c>, <c>group-median:COL</c>, <c>latest:N</c>, <c>linear</c>.</summary>
public readonly record struct ImputeSpec(ImputeMethod Method, string? GroupColumn = null, int LookBack = 0)
{
    public static ImputeSpec None { get; } = new(ImputeMethod.None);

    public static ImputeSpec Parse(string text)
    {
        if (TryParse(text, out var spec)) return spec;
        throw new FormatException($"unknown imputation '{text}'; expected none, mean, median, group-mean:COL, group-median:COL, latest:N or linear");
    }

    public static bool TryParse(string? text, out ImputeSpec spec)
    {
        spec = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? t : t[..colon]).ToLowerInvariant();
        var arg = colon < 0 ? null : t[(colon + 1)..];
        switch (name)
        {
            case "none" when arg is null: spec = None; return true;
            case "mean" when arg is null: spec = new(ImputeMethod.Mean); return true;
            case "median" when arg is null: spec = new(ImputeMethod.Median); return true;
            case "linear" when arg is null: spec = new(ImputeMethod.Linear); return true;
            case "group-mean" when !string.IsNullOrEmpty(arg): spec = new(ImputeMethod.GroupMean, arg); return true;
            case "group-median" when !string.IsNullOrEmpty(arg): spec = new(ImputeMethod.GroupMedian, arg); return true;
            case "latest":
                if (!int.TryParse(arg, CultureInfo.InvariantCulture, out var n) || n < 0) return false;
                spec = new(ImputeMethod.Latest, null, n); return true;
            default: return false;
        }
    }

    public override string ToString() => Method switch
    {
        ImputeMethod.None => "none",
        ImputeMethod.Mean => "mean",
        ImputeMethod.Median => "median",
        ImputeMethod.GroupMean => $"group-mean:{GroupColumn}",
        ImputeMethod.GroupMedian => $"group-median:{GroupColumn}",
        ImputeMethod.Latest => string.Create(CultureInfo.InvariantCulture, $"latest:{LookBack}"),
        _ => "linear",
    };
}
