using System.Collections.Concurrent;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;
using Xunit;
using static StaticSite.Core.Tests.Support.PlainDocuments;

namespace StaticSite.Core.Tests.Engine.Pipelines;

public sealed class ForEachDocumentTests
{
    [Theory]
    [InlineData(10)]  // one by one, below the parallel threshold
    [InlineData(500)] // in parallel
    public void TakesEveryDocumentThroughEveryModuleInTurn_AndKeepsTheirOrder(int count)
    {
        var result = new ForEachDocument(new Append(":a"), new Append(":b")).Execute(NumberedDocuments(count), Context());

        Assert.Equal(Enumerable.Range(0, count).Select(i => $"d{i}:a:b"), result.Select(d => d.Text));
    }

    [Fact]
    public void TheHeaviestDocumentsStartFirst_AndTheResultsKeepTheirOrder()
    {
        // d0 is lightest and d49 heaviest: started in their own order, d49 would be among the last.
        var started = new ConcurrentQueue<string>();
        var pass = new ForEachDocument(new RecordStart(started), new Append(":a")) { Weight = d => int.Parse(d.Text![1..], System.Globalization.CultureInfo.InvariantCulture) };

        var result = pass.Execute(NumberedDocuments(50), Context());

        // Two workers take d49 and d48 first, but which records its start first is up to the scheduler: a worker
        // paused between taking d49 and recording it let the other record d48 and d47 first (a CI run). Within the
        // first few places either way; started in their own order, d49 would be among the last and d0 the first.
        var order = started.ToList();
        Assert.True(order.IndexOf("d49") < 8, $"d49 started at {order.IndexOf("d49")}");
        Assert.True(order.IndexOf("d0") >= 40, $"d0 started at {order.IndexOf("d0")}");
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"d{i}:a"), result.Select(d => d.Text));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StepsThatHoldSomething_AreDisposed_WhenThePassEnds_EvenFailing(bool fails)
    {
        var holder = new Holding();
        var pass = new ForEachDocument(holder, new FailOn(fails ? "d7" : null));

        var run = () => pass.Execute(NumberedDocuments(20), Context());

        if (fails) Assert.ThrowsAny<Exception>(run); // from the parallel loop, wrapped
        else run();
        Assert.True(holder.Disposed);
    }

    [Fact]
    public void ADocumentMadeFromTheOthers_ComesAfterAllOfThem_AndFinishAddsItsFiles()
    {
        var counter = new CountSeen(waitsFor: "d3");

        var result = new ForEachDocument(counter).Execute(NumberedDocuments(100), Context());

        Assert.Equal("d3 after 99", result[3].Text);
        Assert.Equal(101, result.Count);
        Assert.Equal("count.txt", result[^1].Destination);
        Assert.Equal("100", result[^1].Text);
    }

    [Fact]
    public void AModuleWithNothingToDo_LetsDocumentsPassUnchanged()
    {
        var documents = NumberedDocuments(3);

        var result = new ForEachDocument(new Idle()).Execute(documents, Context());

        Assert.Same(documents, result);
    }

    [Fact]
    public void WhatOneModuleMakesForAPage_IsGoneOnceThatPageIsMade_NotKeptForTheOthers()
    {
        // The reason for the pass: a page's fragments must not wait for every other page. Done module by module,
        // no page would be finished when the last page reaches the probe, and every fragment would still be alive.
        // The probe's page waits for the others, so it is made alone once the parallel part is over: no other
        // thread is then half way through a page, holding a fragment it is about to drop.
        var made = new ConcurrentDictionary<int, WeakReference>();
        var finished = new ConcurrentDictionary<int, bool>();
        var (finishedWhenLastPageIsMade, aliveAmongThem) = (-1, -1);
        var last = new Probe(onLast: () =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var done = finished.Keys.ToList();
            (finishedWhenLastPageIsMade, aliveAmongThem) = (done.Count, done.Count(i => made[i].IsAlive));
        });

        new ForEachDocument(new AttachFragment(made), last, new DropFragment(), new MarkFinished(finished)).Execute(NumberedDocuments(20), Context());

        Assert.Equal(20, made.Count);
        Assert.Equal(19, finishedWhenLastPageIsMade);
        Assert.Equal(0, aliveAmongThem);
    }

    [Fact]
    public void StepTimes_TellWhatEachModuleAllocated()
    {
        var pass = new ForEachDocument(new Append(":a"), new Allocate(bytes: 1 << 20));

        pass.Execute(NumberedDocuments(100), Context());

        var allocated = pass.StepTimes.ToDictionary(s => s.Module, s => s.Allocated ?? -1);
        Assert.InRange(allocated["Allocate"], 100L << 20, 101L << 20);
        Assert.InRange(allocated["Append"], 1, 1L << 20); // 100 short strings
    }

    private sealed class RecordStart(ConcurrentQueue<string> started) : DocumentModule
    {
        public override IDocumentStep Prepare(IReadOnlyList<Document> documents, BuildContext context) =>
            new DocumentStep(d => { started.Enqueue(d.Text!); return d; });
    }

    private sealed class Holding : DocumentModule
    {
        public bool Disposed { get; private set; }

        public override IDocumentStep Prepare(IReadOnlyList<Document> documents, BuildContext context) => new Step(this);

        private sealed class Step(Holding module) : IDocumentStep, IDisposable
        {
            public Document Process(Document document, int index) => document;

            public void Dispose() => module.Disposed = true;
        }
    }

    private sealed class FailOn(string? text) : DocumentModule
    {
        public override IDocumentStep Prepare(IReadOnlyList<Document> documents, BuildContext context) =>
            new DocumentStep(d => d.Text == text ? throw new InvalidOperationException("failed") : d);
    }

    private sealed class Append(string suffix) : DocumentModule
    {
        public override IDocumentStep Prepare(IReadOnlyList<Document> documents, BuildContext context) => new Step(suffix);

        private sealed class Step(string suffix) : IDocumentStep
        {
            public Document Process(Document document, int index) => document with { Content = Content.Of(document.Text + suffix) };
        }
    }

    private sealed class CountSeen(string waitsFor) : DocumentModule
    {
        public override IDocumentStep Prepare(IReadOnlyList<Document> documents, BuildContext context) => new Step(waitsFor);

        private sealed class Step(string waitsFor) : IDocumentStep
        {
            private int seen;

            public bool WaitsForOthers(Document document) => document.Text == waitsFor;

            public Document Process(Document document, int index)
            {
                var before = Interlocked.Increment(ref seen) - 1;
                return document.Text == waitsFor ? document with { Content = Content.Of($"{document.Text} after {before}") } : document;
            }

            public IReadOnlyList<Document> Finish() => [new Document(SourceSpan.File("input"), "count.txt", Content.Of(seen.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        }
    }

    private sealed class Idle : DocumentModule
    {
        public override IDocumentStep? Prepare(IReadOnlyList<Document> documents, BuildContext context) => null;
    }

    private sealed class AttachFragment(ConcurrentDictionary<int, WeakReference> made) : DocumentModule
    {
        public override IDocumentStep Prepare(IReadOnlyList<Document> documents, BuildContext context) => new Step(made);

        private sealed class Step(ConcurrentDictionary<int, WeakReference> made) : IDocumentStep
        {
            public Document Process(Document document, int index)
            {
                var fragment = new byte[10_000];
                made[index] = new WeakReference(fragment);
                return document with { Content = Content.Of(fragment) };
            }
        }
    }

    private sealed class DropFragment : DocumentModule
    {
        public override IDocumentStep Prepare(IReadOnlyList<Document> documents, BuildContext context) => new DocumentStep(d => d with { Content = null });
    }

    private sealed class MarkFinished(ConcurrentDictionary<int, bool> finished) : DocumentModule
    {
        public override IDocumentStep Prepare(IReadOnlyList<Document> documents, BuildContext context) => new Step(finished);

        private sealed class Step(ConcurrentDictionary<int, bool> finished) : IDocumentStep
        {
            public Document Process(Document document, int index)
            {
                finished[index] = true;
                return document;
            }
        }
    }

    private sealed class Probe(Action onLast) : DocumentModule
    {
        public override IDocumentStep Prepare(IReadOnlyList<Document> documents, BuildContext context) => new Step(documents.Count, onLast);

        private sealed class Step(int count, Action onLast) : IDocumentStep
        {
            public bool WaitsForOthers(Document document) => document.Text == $"d{count - 1}";

            public Document Process(Document document, int index)
            {
                if (index == count - 1) onLast();
                return document;
            }
        }
    }

    private sealed class Allocate(int bytes) : DocumentModule
    {
        public override IDocumentStep Prepare(IReadOnlyList<Document> documents, BuildContext context) =>
            new DocumentStep(d => d with { Content = Content.Of(new byte[bytes]) });
    }
}
