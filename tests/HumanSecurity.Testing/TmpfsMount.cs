using System.Diagnostics;

namespace HumanSecurity.Testing;

/// <summary>A small tmpfs mounted on a fresh directory (needs root, as CI and this machine run), to test a full disk and
/// a file system that turns read-only for real rather than by injection. Unmounted and deleted on dispose.</summary>
public sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB; null (with the reason) when mounting is not possible.</summary>
    public static TmpfsMount? TryCreate(int megabytes, out string reason)
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hso-tmpfs-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        if (Run("mount", $"-t tmpfs -o size={megabytes}m tmpfs {dir}", out reason)) return new TmpfsMount(dir);
        Directory.Delete(dir);
        return null;
    }

    /// <summary>Remounts with new options, e.g. <c>ro</c>, <c>rw</c> or <c>size=64m</c>.</summary>
    public void Remount(string options)
    {
        if (!Run("mount", $"-o remount,{options} {Path}", out var reason)) throw new InvalidOperationException($"remount {options} failed: {reason}");
    }

    public void Dispose()
    {
        Run("umount", Path, out _);
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static bool Run(string command, string arguments, out string output)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            output = p.StandardError.ReadToEnd() + p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            output = e.Message;
            return false;
        }
    }
}
