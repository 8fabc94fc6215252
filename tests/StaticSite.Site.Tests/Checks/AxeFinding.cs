namespace StaticSite.Site.Tests.Checks;

/// <summary>One failed axe rule on one page, with the selectors of the failing elements.</summary>
public sealed record AxeFinding(string RuleId, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{RuleId} ({Impact}): {Help} at {string.Join(", ", Targets.Take(5))}{(Targets.Count > 5 ? $" and {Targets.Count - 5} more" : "")}";
}
