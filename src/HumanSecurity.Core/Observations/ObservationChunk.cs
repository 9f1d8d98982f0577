namespace HumanSecurity.Observations;

/// <summary>A block of observations in columnar form: one array per field, <see cref="Count"/> rows used.
/// Readers fill chunks and stores append them in bulk; queries return them. Not thread-safe.</summary>
public sealed class ObservationChunk
{
    public ObservationChunk(int capacity = 65_536)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        Indicator = new string[capacity];
        Area = new string[capacity];
        Period = new Period[capacity];
        Sex = new string[capacity];
        Age = new string[capacity];
        Group = new string[capacity];
        Disability = new string[capacity];
        Urbanisation = new string[capacity];
        Value = new double[capacity];
        Status = new string?[capacity];
        Source = new string?[capacity];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    public string[] Indicator { get; }

    public string[] Area { get; }

    public Period[] Period { get; }

    public string[] Sex { get; }

    public string[] Age { get; }

    public string[] Group { get; }

    public string[] Disability { get; }

    public string[] Urbanisation { get; }

    public double[] Value { get; }

    public string?[] Status { get; }

    public string?[] Source { get; }

    /// <summary>Appends a row; throws <see cref="InvalidOperationException"/> when full.</summary>
    public void Add(string indicator, string area, Period period, Disaggregation d, double value, string? status = null, string? source = null)
    {
        if (IsFull) throw new InvalidOperationException($"Chunk is full ({Capacity} rows).");
        var i = Count++;
        Indicator[i] = indicator;
        Area[i] = area;
        Period[i] = period;
        Sex[i] = d.Sex;
        Age[i] = d.Age;
        Group[i] = d.Group;
        Disability[i] = d.Disability;
        Urbanisation[i] = d.Urbanisation;
        Value[i] = value;
        Status[i] = status;
        Source[i] = source;
    }

    public void Add(Observation o) => Add(o.Indicator, o.Area, o.Period, o.Disaggregation, o.Value, o.Status, o.Source);

    public void Clear() => Count = 0;

    public Disaggregation DisaggregationAt(int i) =>
        Sex[i] == Disaggregation.TotalCode && Age[i] == Disaggregation.TotalCode && Group[i] == Disaggregation.TotalCode
        && Disability[i] == Disaggregation.TotalCode && Urbanisation[i] == Disaggregation.TotalCode
            ? Disaggregation.Total
            : new Disaggregation(Sex[i], Age[i], Group[i], Disability[i], Urbanisation[i]);

    public Observation this[int i]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, Count);
            return new Observation(Indicator[i], Area[i], Period[i], DisaggregationAt(i), Value[i]) { Status = Status[i], Source = Source[i] };
        }
    }

    public IEnumerable<Observation> Rows()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }
}
