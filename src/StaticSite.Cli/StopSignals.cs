using System.Runtime.InteropServices;

namespace StaticSite.Cli;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM stop a command cleanly: the first cancels its token, so a build deletes its staging
/// folder and the command exits with 130 or 143. A second signal gets what it would get without this class (for
/// SIGTERM, and for Ctrl-C on a terminal, the end of the process at once): a user pressing Ctrl-C twice does not
/// want to wait for anything, and the next build deletes what is left.
/// </summary>
public sealed partial class StopSignals : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;
    private int received;

    public StopSignals()
    {
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
    }

    public CancellationToken Token => stop.Token;

    /// <summary>The exit code for the signal that stopped the command: 130 for SIGINT, 143 for SIGTERM.</summary>
    public int ExitCode => received == (int)PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Cancelled;

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref received, (int)context.Signal, 0) != 0) return; // the default: end now
        context.Cancel = true;
        stop.Cancel();
    }

    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
        stop.Dispose();
    }

    /// <summary>
    /// Takes SIGINT back when the process started with it ignored, as a shell without job control starts a command
    /// run with <c>&amp;</c>: .NET then never delivers it, and <c>kill -INT</c> would not stop a preview or a build.
    /// Call it first thing, before anything registers for signals.
    /// </summary>
    public static void ListenToInterrupt()
    {
        if (OperatingSystem.IsWindows()) return;
        const int sigint = 2;
        SetSignal(sigint, 0); // SIG_DFL; .NET's own handler replaces it when a registration asks
    }

    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial nint SetSignal(int signal, nint handler);
}
