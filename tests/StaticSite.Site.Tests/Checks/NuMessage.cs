namespace StaticSite.Site.Tests.Checks;

/// <summary>One message of the Nu Html Checker, located as <c>file:line:column</c>.</summary>
public sealed record NuMessage(string Type, string? SubType, string File, int Line, int Column, string Message)
{
    /// <summary>"error", plus the checker's own failures to read a file ("non-document-error"): both fail the check.</summary>
    public bool IsError => Type is "error" or "non-document-error";

    public bool IsWarning => Type == "info" && SubType == "warning";

    public override string ToString() => $"{File}:{Line}:{Column}: {(IsError ? "error" : "warning")}: {Message}";
}
