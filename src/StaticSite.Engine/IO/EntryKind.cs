namespace StaticSite.Engine.IO;

/// <summary>What a name in a folder is, as the folder itself says (without following a symbolic link).</summary>
public enum EntryKind
{
    File,
    Folder,
    Link,
    Pipe,
    Socket,
    Device,

    /// <summary>The file system did not say (some network and older file systems): ask for the entry itself.</summary>
    Unknown,
}
