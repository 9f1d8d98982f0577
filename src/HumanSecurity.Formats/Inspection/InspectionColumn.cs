namespace HumanSecurity.Formats.Inspection;

/// <summary>A column (or component, property, element) as <c>hso inspect</c> reports it.</summary>
/// <param name="Name">Header text or component id.</param>
/// <param name="Role">What the format says it is: <c>tag</c>, <c>untagged</c>, <c>dimension</c>, <c>measure</c>,
/// <c>attribute</c>, <c>property</c>, <c>field</c>, <c>meta</c>, <c>select-multiple</c>, <c>choice</c>, <c>geopoint</c>,
/// <c>element</c>.</param>
/// <param name="Tag">HXL tagspec in canonical form, or null.</param>
/// <param name="Type">Value type seen in the data: <c>text</c>, <c>number</c>, <c>date</c>, <c>geometry</c>, or null.</param>
public sealed record InspectionColumn(string Name, string Role, string? Tag = null, string? Type = null);
