using StaticSite.Engine.Diagnostics;

namespace StaticSite.Engine.IO;

/// <summary>The diagnostics for files the build will not or cannot read (IO001–IO007), in one place so they read alike.</summary>
public static class FileProblems
{
    public static Diagnostic NotAFile(string displayPath, EntryKind kind, string? linkTarget = null) => Error(displayPath, "IO001",
        (linkTarget is null ? $"this is {Describe(kind)}, not a file" : $"this symbolic link leads to {Describe(kind)} ('{linkTarget}'), not to a file")
        + $"; the build reads only files and folders{(kind == EntryKind.Pipe ? " (reading a pipe would make it wait for ever)" : "")}: remove it, or move it out of the folder");

    public static Diagnostic LeavesFolder(string displayPath, string linkTarget, string layer) => Error(displayPath, "IO002",
        $"this symbolic link leads to '{linkTarget}', outside {layer}/; a link is followed only when it stays inside {layer}/, so that nothing else on this computer is read or published: copy the file into {layer}/ instead of linking to it, or remove the link");

    public static Diagnostic LeadsNowhere(string displayPath, string linkTarget) => Error(displayPath, "IO003",
        $"this symbolic link leads to '{linkTarget}', which does not exist: restore what it pointed to, or remove the link");

    public static Diagnostic LeadsRound(string displayPath, string linkTarget) => Error(displayPath, "IO003",
        $"this symbolic link leads round in a loop ('{linkTarget}'): point it at a file, or remove it");

    public static Diagnostic LeadsBack(string displayPath, string linkTarget) => Error(displayPath, "IO003",
        $"this symbolic link leads back to '{linkTarget}', a folder that holds the link, so the folder would never end: remove the link");

    public static Diagnostic CannotRead(string displayPath, string reason, bool folder) => Error(displayPath, "IO004",
        $"this {(folder ? "folder" : "file")} cannot be read ({reason}): " + (reason == PermissionDenied
            ? $"let the user who runs the build read it (for example chmod u+r{(folder ? "x" : "")}), or remove it"
            : "check the disk, or copy the file anew"));

    public static Diagnostic TooLarge(string displayPath, long length, long limit) => Error(displayPath, "IO005",
        $"this file is {FileLimits.Describe(length)}, larger than the {FileLimits.Describe(limit)} the build reads in a {(limit == FileLimits.Text ? "content file or template" : "file")}: make it smaller or split it (is it the file you meant?)");

    public const string VanishedCode = "IO006";

    public static Diagnostic Vanished(string displayPath) => Error(displayPath, VanishedCode,
        "this file was removed or replaced while the build was reading it (an editor saving it?): build again");

    public static Diagnostic NameNotUtf8(string displayPath) => Error(displayPath, "IO007",
        "this name is not UTF-8 (it was made on a system that writes names in another encoding), so it cannot be read or become a URL: rename it");

    public const string PermissionDenied = "Permission denied";

    private static string Describe(EntryKind kind) => kind switch
    {
        EntryKind.Pipe => "a named pipe (FIFO)",
        EntryKind.Socket => "a socket",
        EntryKind.Device => "a device",
        _ => "something other than a file or folder",
    };

    private static Diagnostic Error(string displayPath, string code, string message) =>
        new(SourceSpan.File(displayPath), Severity.Error, code, message);
}
