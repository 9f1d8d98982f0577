namespace HumanSecurity.Formats.Text;

/// <summary>One record of a delimited file: its 1-based physical line number (where the record starts) and its cells.</summary>
public sealed record TextRow(int Line, string[] Cells)
{
    /// <summary>The cell at <paramref name="index"/>, or empty text when the row is shorter.</summary>
    public string Cell(int index) => index < Cells.Length ? Cells[index] : "";

    /// <summary>Whether every cell is empty or white space.</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
