namespace HumanSecurity.Formats.Import;

/// <summary>An import that would store nothing is an error, not an empty dataset: a header-only file, or a file whose
/// every row was skipped, most often means a cut or wrong file.</summary>
internal static class EmptyImport
{
    /// <summary>Records an error at <c>file:2</c> (where the first data row was expected) when no error was found yet
    /// and every count except <c>rows</c> (rows read) is zero.</summary>
    public static void Check(IReadOnlyDictionary<string, long> counts, ProblemList problems, string file)
    {
        if (problems.HasErrors || counts.Any(c => c.Key != "rows" && c.Value > 0)) return;
        var read = counts.GetValueOrDefault("rows");
        problems.Error(Problem.At(file, 2), read > 0
            ? $"none of the {read:N0} row(s) holds data to import; expected at least one (an empty dataset is not stored)"
            : "the file has no data rows; expected at least one row after the header (an empty dataset is not stored)");
    }
}
