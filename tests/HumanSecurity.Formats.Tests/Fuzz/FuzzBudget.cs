using System.Globalization;

namespace HumanSecurity.Formats.Tests.Fuzz;

/// <summary>How many mutants each fuzz target runs: a quick default in <c>./test.sh</c> (a few dozen per target, seconds
/// in all), or <c>HSO_FUZZ_MUTATIONS</c> (<c>./test.sh fuzz</c> / <c>scripts/fuzz.sh</c> sets 10,000). Seeds are fixed
/// (committed) and shifted by <c>HSO_FUZZ_SEED</c> to explore further.</summary>
internal static class FuzzBudget
{
    public static int Mutations(int quick) =>
        int.TryParse(Environment.GetEnvironmentVariable("HSO_FUZZ_MUTATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : quick;

    public static int Seed(int seed) =>
        seed + (int.TryParse(Environment.GetEnvironmentVariable("HSO_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0);

    /// <summary>Asserts what every rejection must satisfy: only located errors (naming <paramref name="file"/>), at most
    /// the capped number of problems, and a bounded total text (what the CLI would print on stderr).</summary>
    public static void AssertLocatedAndBounded(InvalidInputException e, string file, string what)
    {
        ArgumentNullException.ThrowIfNull(e);
        var errors = e.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        Assert.True(errors.Count > 0, $"{what}: a rejection without an error");
        foreach (var p in errors)
        {
            // The last line of a capped list counts the errors not shown; it has no location of its own.
            if (p.Location.Length == 0 && p.Message.StartsWith("and ", StringComparison.Ordinal)) continue;
            Assert.True(p.Location.StartsWith(file, StringComparison.Ordinal), $"{what}: unlocated error '{p}'");
        }
        AssertBounded(e.Problems, what);
    }

    /// <summary>At most the capped number of problems, each a bounded line (a 10 MB field never reaches stderr).</summary>
    public static void AssertBounded(IReadOnlyList<Problem> problems, string what)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Assert.True(problems.Count <= 2_100, $"{what}: {problems.Count} problems");
        foreach (var p in problems)
        {
            var line = p.ToString();
            Assert.True(line.Length <= SafeText.MessageLength + 600 + 80, $"{what}: a problem of {line.Length} characters");
            Assert.DoesNotContain('\u001B', line);
        }
    }
}
