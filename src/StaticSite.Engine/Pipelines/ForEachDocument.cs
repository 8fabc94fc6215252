using StaticSite.Engine.Documents;

namespace StaticSite.Engine.Pipelines;

/// <summary>A module that changes each document on its own, given what it set up once for all of them.</summary>
public abstract class DocumentModule : IModule
{
    /// <summary>Sets up what every document shares, before any is processed; null lets documents pass unchanged.</summary>
    public abstract IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context);

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
        ForEachDocument.Run([this], documents, context);
}

/// <summary>What an <see cref="DocumentModule"/> does to one document; called from several threads at once.</summary>
/// <remarks>A step that is also <see cref="IDisposable"/> is disposed when the pass ends, whether or not it finished.</remarks>
public interface IDocumentStep
{
    /// <param name="index">The document's place among the module's input, for steps that gather in order.</param>
    Document Process(Document document, int index);

    /// <summary>True for a document made from all the others (a list of them), processed after every other one.</summary>
    bool WaitsForOthers(Document document) => false;

    /// <summary>Called once every document has been processed; returns documents to add after them (a file made from all).</summary>
    IReadOnlyList<Document> Finish() => [];
}

/// <summary>A step with nothing to gather or finish: what it does to each document.</summary>
public sealed class DocumentStep(Func<Document, Document> process) : IDocumentStep
{
    public Document Process(Document document, int index) => process(document);
}

/// <summary>
/// Takes each document through a chain of modules in one pass, as Statiq's module of the same name does, rather
/// than each module through every document in turn. A page's intermediate parts (its rendered Markdown, its
/// drawings) then live only while that page is made, instead of every page's staying alive until the last
/// module, which would be most of the peak memory and most of what each garbage collection copies.
/// </summary>
public sealed class ForEachDocument(params DocumentModule[] modules) : IModule, IReportsSteps
{
    public IReadOnlyList<StepTime> StepTimes { get; private set; } = [];

    /// <summary>
    /// How much work a document is, roughly; the heaviest are started first (longest processing time first).
    /// Started in their own order, the pages that list the whole site come last, and one core draws the full
    /// timeline on its own while the others have nothing left.
    /// The order of the results does not change.
    /// </summary>
    public Func<Document, int>? Weight { get; init; }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var ticks = new long[modules.Length];
        var allocated = new long[modules.Length];
        var result = Run(modules, documents, context, ticks, allocated, Weight);
        StepTimes = [.. modules.Select((m, i) => new StepTime(m.GetType().Name, TimeSpan.FromTicks(ticks[i] * TimeSpan.TicksPerSecond / System.Diagnostics.Stopwatch.Frequency), allocated[i]))];
        return result;
    }

    internal static IReadOnlyList<Document> Run(IReadOnlyList<DocumentModule> modules, IReadOnlyList<Document> documents, BuildContext context, long[]? ticks = null, long[]? allocated = null,
        Func<Document, int>? weight = null)
    {
        var prepared = modules.Select((m, i) => (Step: m.Prepare(documents, context), Index: i)).Where(p => p.Step is not null).ToList();
        var steps = prepared.Select(p => p.Step!).ToList();
        if (steps.Count == 0) return documents;
        var results = new Document[documents.Count];
        var waiting = new List<int>();
        IReadOnlyList<int> ready = new List<int>(documents.Count);
        for (var i = 0; i < documents.Count; i++) (steps.Any(s => s.WaitsForOthers(documents[i])) ? waiting : (List<int>)ready).Add(i);
        if (weight is not null) ready = [.. ready.OrderByDescending(i => weight(documents[i]))]; // stable: equals keep their order

        var moduleOf = prepared.Select(p => p.Index).ToArray();
        Document Through(Document document, int index)
        {
            // Checked page by page: a large site's page pass is most of the build, and Ctrl-C should not wait for its end.
            context.Cancellation.ThrowIfCancellationRequested();
            for (var s = 0; s < steps.Count; s++)
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                // A step runs on one thread, so this thread's count is exactly what the step allocated.
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                document = steps[s].Process(document, index);
                if (ticks is not null) Interlocked.Add(ref ticks[moduleOf[s]], System.Diagnostics.Stopwatch.GetTimestamp() - start);
                if (allocated is not null) Interlocked.Add(ref allocated[moduleOf[s]], GC.GetAllocatedBytesForCurrentThread() - bytes);
            }
            return document;
        }
        try
        {
            // Making a page takes long enough to share out even a few: the real site's 30 pages take half the time on two cores.
            ready.ForEachItem(i => results[i] = Through(documents[i], i), threshold: 2);
            foreach (var i in waiting) results[i] = Through(documents[i], i);
            return [.. results, .. steps.SelectMany(step => step.Finish())];
        }
        finally
        {
            // A step may hold a file it writes as the pages come (the search index); a pass that stops early, cancelled
            // or failing, must still let it go before the build deletes its staging folder.
            foreach (var step in steps.OfType<IDisposable>()) step.Dispose();
        }
    }
}
