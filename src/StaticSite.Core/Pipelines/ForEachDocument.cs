using StaticSite.Core.Documents;

namespace StaticSite.Core.Pipelines;

/// <summary>A module that changes each document on its own, given what it set up once for all of them.</summary>
public abstract class DocumentModule : IModule
{
    /// <summary>Sets up what every document shares, before any is processed; null lets documents pass unchanged.</summary>
    public abstract IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context);

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
        ForEachDocument.Run([this], documents, context);
}

/// <summary>What an <see cref="DocumentModule"/> does to one document; called from several threads at once.</summary>
public interface IDocumentStep
{
    /// <param name="index">The document's place among the module's input, for steps that gather in order.</param>
    Document Process(Document document, int index);

    /// <summary>True for a document made from all the others (a list of them), processed after every other one.</summary>
    bool WaitsForOthers(Document document) => false;

    /// <summary>Called once every document has been processed; returns documents to add after them (a file made from all).</summary>
    IReadOnlyList<Document> Finish() => [];
}

/// <summary>
/// Takes each document through a chain of modules in one pass, as Statiq's module of the same name does, rather
/// than each module through every document in turn. A page's intermediate parts (its rendered Markdown, its
/// drawings) then live only while that page is made, instead of every page's staying alive until the last
/// module: at 10,000 episodes that was most of the peak memory, and most of what each garbage collection copied.
/// </summary>
public sealed class ForEachDocument(params DocumentModule[] modules) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) => Run(modules, documents, context);

    internal static IReadOnlyList<Document> Run(IReadOnlyList<DocumentModule> modules, IReadOnlyList<Document> documents, BuildContext context)
    {
        var steps = modules.Select(m => m.Prepare(documents, context)).OfType<IDocumentStep>().ToList();
        if (steps.Count == 0) return documents;
        var results = new Document[documents.Count];
        var waiting = new List<int>();
        var ready = new List<int>(documents.Count);
        for (var i = 0; i < documents.Count; i++) (steps.Any(s => s.WaitsForOthers(documents[i])) ? waiting : ready).Add(i);

        ready.ForEachItem(i => results[i] = Through(steps, documents[i], i));
        foreach (var i in waiting) results[i] = Through(steps, documents[i], i);
        return [.. results, .. steps.SelectMany(step => step.Finish())];
    }

    private static Document Through(List<IDocumentStep> steps, Document document, int index)
    {
        foreach (var step in steps) document = step.Process(document, index);
        return document;
    }
}
