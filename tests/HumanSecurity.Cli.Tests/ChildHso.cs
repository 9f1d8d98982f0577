using System.Diagnostics;

namespace HumanSecurity.Cli.Tests;

/// <summary>The release CLI (<c>artifacts/bin/HumanSecurity.Cli/release/hso.dll</c>, else the copy beside the tests) as a
/// child process, optionally as another user (<c>runuser</c>) or killed (SIGKILL) part way.</summary>
internal static class ChildHso
{
    private static string Dll
    {
        get
        {
            var built = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "HumanSecurity.Cli", "release", "hso.dll"));
            return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "hso.dll");
        }
    }

    public static void Run(params string[] args)
    {
        using var p = Start(args);
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"hso {string.Join(' ', args)} exited {p.ExitCode}");
    }

    /// <summary>Runs, and kills the process tree (SIGKILL) if it is still running after <paramref name="milliseconds"/>.</summary>
    public static bool RunAndKill(int milliseconds, string[] args)
    {
        using var p = Start(args);
        if (p.WaitForExit(milliseconds)) return false;
        p.Kill(entireProcessTree: true);
        p.WaitForExit();
        return true;
    }

    /// <summary>Runs as <paramref name="user"/> (through <c>runuser</c>, so the caller must be root) with
    /// <paramref name="home"/> as its home; returns the exit code and stderr.</summary>
    public static (int Exit, string Err) RunAs(string user, string home, params string[] args)
    {
        var info = new ProcessStartInfo("runuser") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-u", user, "--", "env", $"HOME={home}", $"DOTNET_CLI_HOME={home}", "DOTNET_NOLOGO=1", "dotnet", Dll }) info.ArgumentList.Add(a);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, err.Result);
    }

    private static Process Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        var p = Process.Start(info)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }
}
