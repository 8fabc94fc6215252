namespace StaticSite.Engine.IO;

/// <summary>
/// A folder the build was told to use and will not: an output that is or holds a source, a folder of someone
/// else's files, a cache that is not one. A usage error (exit code 2): nothing has been written.
/// </summary>
public sealed class FolderRefusedException(string message) : Exception(message);
