using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;
using Xunit;
using static StaticSite.Core.Tests.Support.PlainDocuments;

namespace StaticSite.Core.Tests.Engine.Pipelines;

public sealed class AlongsideTests
{
    [Fact]
    public void GivesWhatRunningTheModulesInTurnGives()
    {
        var documents = NumberedDocuments(3);
        IModule[] modules = [new Add("sitemap.xml"), new Upper(), new Add("feed.xml"), new Add("card.png")];

        var inTurn = modules.Aggregate((IReadOnlyList<Document>)documents, (input, module) => module.Execute(input, Context()));
        var alongside = new Alongside([modules[^1]], modules[..^1]).Execute(documents, Context());

        Assert.Equal(inTurn.Select(d => (d.Destination, d.Text)), alongside.Select(d => (d.Destination, d.Text)));
        Assert.Equal(["0.html", "1.html", "2.html", "sitemap.xml", "feed.xml", "card.png"], alongside.Select(d => d.Destination));
    }

    [Fact]
    public void ModulesAlongside_RunInTurn_AndAddAfterTheOthers()
    {
        var documents = NumberedDocuments(2);
        IModule[] modules = [new Upper(), new Add("sitemap.xml"), new Add("robots.txt")];

        var inTurn = modules.Aggregate((IReadOnlyList<Document>)documents, (input, module) => module.Execute(input, Context()));
        var alongside = new Alongside(modules[1..], modules[0]).Execute(documents, Context());

        Assert.Equal(inTurn.Select(d => (d.Destination, d.Text)), alongside.Select(d => (d.Destination, d.Text)));
    }

    [Fact]
    public void RunsTheModuleAlongsideAtTheSameTimeAsTheOthers()
    {
        // Each side waits at the barrier for the other: run one after the other, the first would wait in vain.
        using var barrier = new Barrier(2);
        var meet = new Meet(barrier);
        var other = new Meet(barrier);

        new Alongside([meet], other).Execute(NumberedDocuments(1), Context());

        Assert.True(meet.Met && other.Met, "the two modules did not run at the same time");
    }

    [Fact]
    public void AModuleAlongsideThatChangesItsInput_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Alongside([new Add("card.png"), new Upper()], new Add("feed.xml")).Execute(NumberedDocuments(2), Context()));

        Assert.Contains("Upper changed the documents it was given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenTheModulesInTurnFail_ItWaitsForTheOthersBeforeFailing()
    {
        var slow = new Slow(TimeSpan.FromMilliseconds(200));

        Assert.Throws<InvalidOperationException>(() => new Alongside([slow], new Fail()).Execute(NumberedDocuments(1), Context()));

        Assert.True(slow.Finished, "Alongside failed while the module beside was still running");
    }

    [Fact]
    public void ReportsTheTimeOfEachModule()
    {
        var alongside = new Alongside([new Add("card.png"), new Add("robots.txt")], new Add("sitemap.xml"), new Upper());

        alongside.Execute(NumberedDocuments(1), Context());

        Assert.Equal(["Add", "Upper", "Add", "Add"], alongside.StepTimes.Select(s => s.Module));
    }

    private sealed class Add(string destination) : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
            [.. documents, new Document(SourceSpan.File("input"), destination, Content.Of($"made from {documents.Count(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal))} pages"))];
    }

    private sealed class Upper : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
            [.. documents.Select(d => d with { Content = d.Text is { } text ? Content.Of(text.ToUpperInvariant()) : null })];
    }

    private sealed class Fail : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
            throw new InvalidOperationException("failed on purpose");
    }

    private sealed class Slow(TimeSpan time) : IModule
    {
        public bool Finished { get; private set; }

        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
        {
            Thread.Sleep(time);
            Finished = true;
            return documents;
        }
    }

    private sealed class Meet(Barrier barrier) : IModule
    {
        public bool Met { get; private set; }

        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
        {
            Met = barrier.SignalAndWait(TimeSpan.FromSeconds(30), context.Cancellation);
            return documents;
        }
    }
}
