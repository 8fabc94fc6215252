namespace StaticSite.Engine.Pipelines;

/// <summary>Modules grouped by phase, with the pipelines whose Process output this one reads.</summary>
public sealed class Pipeline(string name)
{
    private readonly Dictionary<Phase, List<IModule>> modules = Enum.GetValues<Phase>().ToDictionary(p => p, _ => new List<IModule>());

    public string Name { get; } = name;

    public List<string> DependsOn { get; } = [];

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => modules[phase];

    public Pipeline With(Phase phase, params IModule[] added)
    {
        modules[phase].AddRange(added);
        return this;
    }

    public Pipeline After(params string[] pipelines)
    {
        DependsOn.AddRange(pipelines);
        return this;
    }
}
