namespace HumanSecurity.Formats.Kobo;

/// <summary>What a column of a survey export holds.</summary>
public enum SurveyColumnKind
{
    Field,
    Meta,
    SelectMultiple,
    Choice,
    Geopoint,
    GeopointPart,
    MediaUrl,
}

/// <summary>A column of a survey export table: header, group path, kind; for choices the question and choice name, for
/// geopoint parts the geopoint question and the part (latitude, longitude, altitude, precision).</summary>
public sealed record SurveyColumn(int Index, string Name, IReadOnlyList<string> Path, SurveyColumnKind Kind)
{
    public string? Question { get; init; }

    public string? Part { get; init; }

    /// <summary>HXL tag from the optional second header row of a Kobo export.</summary>
    public string? HxlTag { get; init; }

    public string KindName => Kind switch
    {
        SurveyColumnKind.Field => "field",
        SurveyColumnKind.Meta => "meta",
        SurveyColumnKind.SelectMultiple => "select-multiple",
        SurveyColumnKind.Choice => "choice",
        SurveyColumnKind.Geopoint => "geopoint",
        SurveyColumnKind.GeopointPart => "geopoint-part",
        _ => "media-url",
    };
}
