using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Csv;

/// <summary>One parsed observation row, plain values only: indicator and area as ids of the known-code indexes, the
/// disaggregation, status and source codes as <see cref="CodeIds"/> ids (0 = none), problems kept aside by
/// <see cref="ObservationFields"/> under <see cref="ErrorKey"/>. Sep's parallel enumeration copies rows between threads;
/// rows holding eight string references paid GC write barriers on every copy.</summary>
internal struct ParsedObservation
{
    /// <summary>First line of the row; set by the consumer in file order (see <see cref="Text.RecordLines"/>).</summary>
    public int Line;

    /// <summary>Unique key of the row's problems: its exclusive end line (parallel long form) or a counter (wide form).</summary>
    public int ErrorKey;
    public bool HasErrors;
    public int Indicator;
    public int Area;
    public Period Period;
    public int Sex;
    public int Age;
    public int Group;
    public int Disability;
    public int Urbanisation;
    public double Value;
    public int Status;
    public int Source;
}
