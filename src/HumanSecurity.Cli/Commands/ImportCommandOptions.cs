using System.CommandLine;
using HumanSecurity.Areas;
using HumanSecurity.Formats.CodAb;
using HumanSecurity.Formats.Import;
using HumanSecurity.Observations;

namespace HumanSecurity.Cli.Commands;

/// <summary>The options of <c>hso import</c> and how they become an <see cref="ImportRequest"/>. Each option's accepted
/// forms come from one place (format names, area kinds, level ranges, the formats an option applies to) and are used
/// by its help text and its error message alike.</summary>
internal sealed class ImportCommandOptions
{
    public Option<string?> Format { get; } = new("--format", "-f") { Description = "Format (detected from the header when omitted): " + DatasetImporters.KnownFormats };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Validate only; write nothing" };

    public Option<string?> Period { get; } = new("--period") { Description = "Period of gazetteer populations given without a period column, e.g. 2024" };

    public Option<string?> Name { get; } = new("--name") { Description = "Dataset name (default: the file name)" };

    public Option<FileInfo?> Mapping { get; } = new("--mapping") { Description = "Mapping file (YAML) for hxl, sdmx, kobo and odk-central imports: columns, indicator, area dimension and crosswalk, indicator labels and directions" };

    public Option<bool> MatchAreas { get; } = new("--match-areas")
    {
        Description = "Rows give area names: match them to the store's areas (every language and alternate name it holds; accents, case and punctuation ignored; "
            + "within the parent the file gives). Applies to " + DatasetImporters.FormatsWith(ImportOptions.MatchAreas),
    };

    public Option<string?> AreaLevel { get; } = new("--area-level") { Description = "With --match-areas: only areas of this kind are candidates: " + string.Join(", ", AreaKinds.AllCodes) };

    public Option<bool> SkipUnmatched { get; } = new("--skip-unmatched") { Description = "With --match-areas: skip rows whose area is ambiguous or unmatched instead of rejecting the file (needs --report)" };

    public Option<string?> Levels { get; } = new("--levels") { Description = $"Admin levels to import: {CodAbLevels.ExpectedForms}. Applies to {DatasetImporters.FormatsWith(ImportOptions.Levels)}" };

    public Option<bool> SkipInvalid { get; } = new("--skip-invalid")
    {
        Description = $"Import the valid rows and skip the others instead of rejecting the file (needs --report). Applies to {DatasetImporters.FormatsWith(ImportOptions.SkipInvalid)}",
    };

    public Option<bool> ReplaceNames { get; } = new("--replace-names")
    {
        Description = "Areas already in the store take the file's names (by default their names are kept and the file's new names added). Applies to "
            + DatasetImporters.FormatsWith(ImportOptions.ReplaceNames),
    };

    public Option<FileInfo?> Report { get; } = new("--report") { Description = "Write the import report (CSV): skipped rows and why, area names and how they matched, stored areas changed" };

    public IEnumerable<Option> All => [Format, DryRun, Period, Name, Mapping, MatchAreas, AreaLevel, SkipUnmatched, Levels, SkipInvalid, ReplaceNames, Report];

    /// <summary>The request for <paramref name="path"/>; throws <see cref="InvalidInputException"/> naming the option
    /// whose value or combination is wrong.</summary>
    public ImportRequest ToRequest(ParseResult parse, string path)
    {
        var matching = parse.GetValue(MatchAreas);
        if (!matching && parse.GetValue(AreaLevel) is not null) throw new InvalidInputException("--area-level", "--area-level needs --match-areas");
        if (!matching && parse.GetValue(SkipUnmatched)) throw new InvalidInputException("--skip-unmatched", "--skip-unmatched needs --match-areas");
        foreach (var (skip, flag) in new[] { (parse.GetValue(SkipUnmatched), "--skip-unmatched"), (parse.GetValue(SkipInvalid), "--skip-invalid") })
            if (skip && parse.GetValue(Report) is null) throw new InvalidInputException(flag, $"{flag} needs --report FILE, where every skipped row is listed");
        return new ImportRequest(path)
        {
            DryRun = parse.GetValue(DryRun),
            Name = parse.GetValue(Name),
            DefaultPeriod = ParsePeriod(parse.GetValue(Period)),
            MappingPath = parse.GetValue(Mapping)?.FullName,
            MatchAreas = matching ? new AreaMatching(ParseKind(parse.GetValue(AreaLevel)), parse.GetValue(SkipUnmatched)) : null,
            Levels = ParseLevels(parse.GetValue(Levels)),
            SkipInvalid = parse.GetValue(SkipInvalid),
            ReplaceNames = parse.GetValue(ReplaceNames),
        };
    }

    private static Period? ParsePeriod(string? text) =>
        text is null ? null
        : Observations.Period.TryParse(text, out var p) ? p
        : throw new InvalidInputException("--period", $"'{text}' is not a period; expected {Observations.Period.ExpectedForms}");

    private static AreaKind? ParseKind(string? text) =>
        text is null ? null
        : AreaKinds.TryParse(text, out var kind) ? kind
        : throw new InvalidInputException("--area-level", $"'{text}' is not an area kind; expected one of {string.Join(", ", AreaKinds.AllCodes)}");

    private static CodAbLevels? ParseLevels(string? text) =>
        text is null ? null
        : CodAbLevels.TryParse(text, out var levels) ? levels
        : throw new InvalidInputException("--levels", $"'{text}' is not a level range; expected {CodAbLevels.ExpectedForms}");
}
