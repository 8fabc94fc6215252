namespace StaticSite.Engine.IO;

/// <summary>
/// What stopped a build, out of what its parallel loops throw: a cancellation, or the file system refusing a write,
/// given the file and operation when .NET's own exception leaves them out.
/// </summary>
public static class BuildFailure
{
    /// <returns>the exception to report, or null when <paramref name="e"/> is neither (a bug, reported as it is).</returns>
    public static Exception? Cause(Exception e, string staging)
    {
        switch (e)
        {
            case AggregateException all:
                var causes = all.Flatten().InnerExceptions.Select(inner => Cause(inner, staging)).OfType<Exception>().ToList();
                // A stop asked for wins over the errors it caused; otherwise the first write that failed.
                return causes.FirstOrDefault(c => c is OperationCanceledException) ?? causes.FirstOrDefault();
            case OperationCanceledException or WriteFailedException:
                return e;
            case var _ when WriteFailedException.IsFileSystemError(e):
                var path = WriteFailedException.PathIn(e);
                var writing = path is null || ResolvedPath.IsSameOrInside(Path.GetFullPath(path), staging);
                return WriteFailedException.From(e, path ?? staging, writing ? "write into" : "read");
            default:
                return null;
        }
    }
}
