namespace HumanSecurity.Formats.Hxl;

/// <summary>A column of an HXL table: position, header text (the row just above the tag row) and tagspec (null when
/// the tag cell is empty or malformed).</summary>
public sealed record HxlColumn(int Index, string? Header, HxlTagSpec? Spec, string RawTag)
{
    /// <summary>Header text for messages: the tag if any, else the header, else the 1-based column number.</summary>
    public string Label => Spec?.Display ?? (string.IsNullOrWhiteSpace(Header) ? $"column {Index + 1}" : Header);
}
