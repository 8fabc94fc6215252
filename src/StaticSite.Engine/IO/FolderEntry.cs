namespace StaticSite.Engine.IO;

/// <summary>A name in a folder and what it is; <see cref="NameIsUtf8"/> is false for a name the system keeps in another encoding.</summary>
public readonly record struct FolderEntry(string Name, EntryKind Kind, bool NameIsUtf8 = true);
