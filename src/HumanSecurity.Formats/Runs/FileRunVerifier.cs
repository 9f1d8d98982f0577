using HumanSecurity.Indices.Runs;
using HumanSecurity.Poverty.Runs;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Runs;

/// <summary>Verifies a file-mode run (<c>hso verify OUT/run.json</c>): checks every file the manifest names (gone: cannot
/// verify; changed: different, with both hashes), re-runs it on those files and compares every score with the result
/// file beside <c>run.json</c> (<c>scores.csv</c> for an index run, <c>levels.csv</c> for a poverty run).</summary>
public static class FileRunVerifier
{
    public static async Task<VerifyReport> VerifyAsync(string runJson, IReadOnlyList<IRunRecomputer> kinds, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runJson);
        if (!File.Exists(runJson)) return VerifyReport.CannotVerify($"{runJson}: file not found");
        RunManifest manifest;
        try
        {
            manifest = RunManifestFile.Read(runJson);
        }
        catch (InvalidInputException e)
        {
            return VerifyReport.CannotVerify([.. e.Problems.Select(p => p.ToString())]);
        }
        if (manifest.Inputs.Store is not null)
            return VerifyReport.CannotVerify($"{runJson}: this run was made on a store; verify it with 'hso verify --db DB --run ID'");
        var gone = manifest.Inputs.Files.Where(f => !File.Exists(f.Path)).Select(f => $"the {f.Role} file {f.Path} that the run read is gone").ToList();
        if (gone.Count > 0) return VerifyReport.CannotVerify([.. gone]);
        var changed = new List<string>();
        foreach (var f in manifest.Inputs.Files)
        {
            var now = InputFiles.Identify(f.Role, f.Path);
            if (now.Sha256 != f.Sha256) changed.Add($"the {f.Role} file {f.Path} changed: its SHA-256 was {f.Sha256}, is now {now.Sha256}");
        }
        IReadOnlyList<ScoreRow> saved;
        try
        {
            saved = Saved(manifest, Path.GetDirectoryName(Path.GetFullPath(runJson))!);
        }
        catch (InvalidInputException e)
        {
            return VerifyReport.CannotVerify([.. e.Problems.Select(p => p.ToString())]);
        }
        var report = await RunVerifier.RecomputeAndCompareAsync(manifest, saved, null, kinds, cancellationToken).ConfigureAwait(false);
        return report.WithDifferences(changed);
    }

    /// <summary>The scores the run wrote, read back from its result file.</summary>
    private static IReadOnlyList<ScoreRow> Saved(RunManifest manifest, string directory) => manifest.Kind switch
    {
        IndexRunner.Kind => ResultCsv.ReadIndexScores(Path.Combine(directory, "scores.csv"), manifest.Periods.Count == 0 ? null : manifest.Periods[^1]),
        PovertyRunner.Kind => PovertyScores.Levels(ResultCsv.ReadPovertyLevels(Path.Combine(directory, "levels.csv"))),
        _ => throw new InvalidInputException(RunManifestFile.FileName, $"runs of kind '{manifest.Kind}' have no result file hso verify can read"),
    };
}
