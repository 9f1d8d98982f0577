using HumanSecurity.Indicators;

namespace HumanSecurity.Formats.Import;

/// <summary>What a data file (or its mapping file) says about an indicator it uses: label, unit and, where it says so,
/// direction. Used to create indicators the catalogue lacks (see <see cref="ExchangeImport.AddNewIndicatorsAsync"/>).</summary>
/// <param name="Code">Indicator code.</param>
public sealed record IndicatorDraft(string Code)
{
    /// <summary>Label, e.g. SDMX <c>Under-five mortality rate</c>; null when the file has none.</summary>
    public string? Name { get; init; }

    /// <summary>Unit, e.g. <c>Deaths per 1,000 live births</c>; null when the file has none.</summary>
    public string? Unit { get; init; }

    /// <summary>Direction, when the file or mapping declares it; null when it does not (the indicator is then created
    /// as higher-is-worse with a warning).</summary>
    public Direction? Direction { get; init; }

    public string? Description { get; init; }

    /// <summary>This draft with the fields <paramref name="over"/> sets taken from it (a mapping overrides the file).</summary>
    public IndicatorDraft With(IndicatorDraft? over) => over is null ? this : this with
    {
        Name = over.Name ?? Name, Unit = over.Unit ?? Unit, Direction = over.Direction ?? Direction, Description = over.Description ?? Description,
    };
}
