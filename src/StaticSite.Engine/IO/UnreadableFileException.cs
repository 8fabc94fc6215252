using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.IO;

/// <summary>
/// A file of <c>input/</c> or <c>theme/</c> that cannot be read, with the diagnostic that says why and how to fix it.
/// </summary>
/// <remarks>
/// An <see cref="IOException"/>, so that a read no module guards (a race after the checks) is still an input/output
/// error rather than a bug. Modules that read files report <see cref="Problem"/> through the <c>TryRead</c> methods
/// of <see cref="SourceFile"/>.
/// </remarks>
public sealed class UnreadableFileException(Diagnostic problem, Exception? cause = null) : IOException(problem.ToString(), cause)
{
    public Diagnostic Problem { get; } = problem;
}
