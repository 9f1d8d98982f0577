using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Xlsx;

/// <summary>A worksheet as text rows (row numbers are the sheet's 1-based row numbers; numbers as invariant text).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<TextRow> Rows);
