using System.Diagnostics;
using StaticSite.Cli;
using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Cli;

/// <summary>
/// Output that cannot be written: a read-only file system, a full one, a folder the user may not write. Each is exit
/// code 4 with the file, the operation and the system's reason, never "internal error"; the previous output is left
/// as it was and the staging folder removed. The file systems are small tmpfs mounts, which need root (as the tests
/// run here and in CI); where mounting is refused the test is skipped with a message saying so.
/// </summary>
public sealed class DiskFailureTests
{
    private static string[] RealSite(string output) =>
        ["build", "--input", Repository.PathOf("input"), "--theme", Repository.PathOf("theme"), "--output", output, "--no-cache"];

    [Fact]
    public void AReadOnlyFileSystem_ExitsFour_NamingTheFileAndTheReason_AndLeavesTheOutput()
    {
        using var temp = new TempFolder();
        using var mount = Tmpfs.MountOrSkip(Path.Combine(temp.Path, "disk"), "8m");
        var output = Path.Combine(mount.Path, "output");
        Assert.Equal(ExitCodes.Ok, CliProcess.Run(temp.Path, RealSite(output)).Code);
        var before = ScratchRepository.Fingerprint(output);
        mount.Remount("ro");

        var (code, stdout, stderr) = CliProcess.Run(temp.Path, RealSite(output));

        Assert.True(code == ExitCodes.InputOutput, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Matches(@"error: cannot [a-z ]+ '/[^']+': Read-only file system", stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.Contains($"note: the previous output in '{output}' is left as it was", stderr);
        Assert.Equal(before, ScratchRepository.Fingerprint(output));
    }

    [Fact]
    public void AFullFileSystem_ExitsFour_LeavesTheOutput_AndGivesTheSpaceBack()
    {
        using var temp = new TempFolder();
        // Room for one output (about 2.6 MB with every card drawn) and part of a second.
        using var mount = Tmpfs.MountOrSkip(Path.Combine(temp.Path, "disk"), "4m");
        var output = Path.Combine(mount.Path, "output");
        var first = CliProcess.Run(temp.Path, RealSite(output));
        Assert.True(first.Code == ExitCodes.Ok, first.Stderr);
        var before = ScratchRepository.Fingerprint(output);
        var free = new DriveInfo(mount.Path).AvailableFreeSpace;

        var (code, stdout, stderr) = CliProcess.Run(temp.Path, RealSite(output));

        Assert.True(code == ExitCodes.InputOutput, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Matches(@"error: cannot [a-z ]+ '/[^']+': No space left on device", stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.Equal(before, ScratchRepository.Fingerprint(output));
        Assert.Empty(Directory.GetDirectories(WorkFolder.Of(output).Path, "staging-*"));
        Eventually.True(() => new DriveInfo(mount.Path).AvailableFreeSpace == free, "the failed build's space given back");
    }

    [Fact]
    public void AFolderTheUserMayNotWrite_ExitsFour_WithPermissionDenied()
    {
        if (Environment.UserName != "root") Assert.Skip("needs root, to run the CLI as the user 'nobody' (setpriv) against a folder root owns");
        if (!Nobody.CanRun()) Assert.Skip("setpriv cannot run dotnet as the user 'nobody' here");
        using var temp = new TempFolder();
        var locked = Directory.CreateDirectory(Path.Combine(temp.Path, "locked")).FullName; // root's, mode 755
        var output = Path.Combine(locked, "output");
        Assert.Equal(ExitCodes.Ok, CliProcess.Run(temp.Path, RealSite(output)).Code);
        var before = ScratchRepository.Fingerprint(output);

        using var build = CliProcess.Start(temp.Path, RealSite(output), prefix: Nobody.Prefix);
        var (code, stdout, stderr) = build.Finish(TimeSpan.FromMinutes(2));

        Assert.True(code == ExitCodes.InputOutput, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Matches(@"error: cannot [a-z ]+ '/[^']+': Permission denied", stderr);
        Assert.Equal(before, ScratchRepository.Fingerprint(output));
    }

    /// <summary>The user 'nobody', for a folder root owns: root itself may write anywhere.</summary>
    private static class Nobody
    {
        public static readonly string[] Prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"];

        public static bool CanRun()
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo("setpriv", [.. Prefix.Skip(1), "dotnet", "--list-runtimes"])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    Environment = { ["DOTNET_CLI_HOME"] = System.IO.Path.GetTempPath() },
                })!;
                process.WaitForExit(30_000);
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }
}
