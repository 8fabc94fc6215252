using StaticSite.Engine.Documents;

namespace StaticSite.Engine.Pipelines;

/// <summary>One step of a pipeline: takes documents, returns documents.</summary>
public interface IModule
{
    IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context);
}
