using System.Globalization;

namespace HumanSecurity.Indices;

/// <summary>An outlier treatment, written as <c>default</c>, <c>default:WINMAX</c>, <c>none</c>, <c>winsorise:N</c>, <c>log</c>, <c>log_ct</c>, <c>boxcox:L</c>.</summary>
public readonly record struct TreatSpec(TreatMethod Method, int WinMax = 5, double Lambda = 0)
{
    public static TreatSpec None { get; } = new(TreatMethod.None);

    public static TreatSpec Default { get; } = new(TreatMethod.Default);

    public static TreatSpec Parse(string text)
    {
        if (TryParse(text, out var spec)) return spec;
        throw new FormatException($"unknown treatment '{text}'; expected default[:WINMAX], none, winsorise:N, log, log_ct or boxcox:LAMBDA");
    }

    public static bool TryParse(string? text, out TreatSpec spec)
    {
        spec = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split(':');
        if (parts.Length > 2) return false;
        var arg = parts.Length == 2 ? parts[1] : null;
        switch (parts[0].ToLowerInvariant())
        {
            case "none" when arg is null: spec = None; return true;
            case "log" when arg is null: spec = new(TreatMethod.Log); return true;
            case "log_ct" when arg is null: spec = new(TreatMethod.LogCt); return true;
            case "default":
                if (arg is null) { spec = Default; return true; }
                if (!int.TryParse(arg, CultureInfo.InvariantCulture, out var w) || w < 0) return false;
                spec = new(TreatMethod.Default, w); return true;
            case "winsorise":
                if (!int.TryParse(arg, CultureInfo.InvariantCulture, out var n) || n < 0) return false;
                spec = new(TreatMethod.ForceWinsorise, n); return true;
            case "boxcox":
                if (!double.TryParse(arg, NumberStyles.Float, CultureInfo.InvariantCulture, out var l)) return false;
                spec = new(TreatMethod.BoxCox, 0, l); return true;
            default: return false;
        }
    }

    public override string ToString() => Method switch
    {
        TreatMethod.None => "none",
        TreatMethod.Default => WinMax == 5 ? "default" : string.Create(CultureInfo.InvariantCulture, $"default:{WinMax}"),
        TreatMethod.ForceWinsorise => string.Create(CultureInfo.InvariantCulture, $"winsorise:{WinMax}"),
        TreatMethod.Log => "log",
        TreatMethod.LogCt => "log_ct",
        _ => string.Create(CultureInfo.InvariantCulture, $"boxcox:{Lambda}"),
    };
}
