using System.Text;
using StaticSite.Explainer.Templates;
using StaticSite.Explainer.Html;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Templates;

public sealed class PageBufferTests
{
    [Fact]
    public void APageShorterThanTheOneBefore_HasNothingOfItLeftOver()
    {
        var buffer = PageBuffer.ForThisThread();
        var first = buffer.Start();
        first.Write(new string('x', 100_000)); // more than the buffer starts with, so it grows
        Assert.Equal(100_000, buffer.Utf8().Length);

        var second = buffer.Start();
        second.Write("<p>short</p>");

        Assert.Equal("<p>short</p>", buffer.Text());
        Assert.Equal("<p>short</p>", Encoding.UTF8.GetString(buffer.Utf8()));
    }

    [Fact]
    public void AnOrdinaryPage_IsWrittenInTheKeptRoom_AndALongerPagesRoomIsLetGoWhenItIsDone()
    {
        var buffer = PageBuffer.ForThisThread();
        buffer.Start().Write(new string('x', 30_000)); // a long episode page
        Assert.Equal(30_000, buffer.Utf8().Length);
        buffer.Done();
        var kept = buffer.Capacity;
        Assert.True(kept >= 30_000, $"an ordinary page did not fit the kept room ({kept} characters)");
        // Arrays of 85,000 bytes or more go on the large object heap, which only full collections free.
        Assert.True(kept * sizeof(char) < 85_000, $"the kept room ({kept} characters) would go on the large object heap");

        buffer.Start().Write(new string('y', 200_000)); // the list of every episode
        Assert.Equal(200_000, buffer.Utf8().Length);
        Assert.True(buffer.Capacity >= 200_000);
        buffer.Done();

        Assert.Equal(kept, buffer.Capacity);
        buffer.Start().Write("after");
        Assert.Equal("after", Encoding.UTF8.GetString(buffer.Utf8()));
    }

    [Theory]
    [InlineData("€", 30_000)]  // fits the kept room as characters, but not as UTF-8
    [InlineData("€", 300_000)] // fits neither
    [InlineData("😀", 30_000)] // pairs of surrogates, some split between the builder's chunks
    [InlineData("a", 39_993)]  // exactly fills the room
    [InlineData("a", 39_994)]  // one byte more than the room
    public void APageWhoseUtf8OutgrowsTheKeptRoom_IsEncodedWhole(string character, int count)
    {
        var buffer = PageBuffer.ForThisThread();
        var html = "<p>" + string.Concat(Enumerable.Repeat(character, count)) + "</p>";
        var writer = buffer.Start();
        foreach (var piece in html.Chunk(7_001)) writer.Write(piece); // written piece by piece, as layouts write

        Assert.Equal(Encoding.UTF8.GetBytes(html), buffer.Utf8().ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(html), buffer.Utf8().ToArray()); // asked again, as a build without staging does
        buffer.Done();
    }

    [Fact]
    public void APageAfterALongOne_ReadsItsOwnBytes_EvenBeforeTheLongOneIsDone()
    {
        var buffer = PageBuffer.ForThisThread();
        buffer.Start().Write(new string('x', 100_000)); // borrows room for its bytes
        Assert.Equal(100_000, buffer.Utf8().Length);

        buffer.Start().Write("<p>next</p>");

        Assert.Equal("<p>next</p>", Encoding.UTF8.GetString(buffer.Utf8()));
        Assert.Equal("<p>next</p>", Encoding.UTF8.GetString(buffer.Utf8())); // asked again, as the scan and the write do
        buffer.Done();
    }

    [Fact]
    public void Utf8_IsTheHtmlEncodedWithoutAByteOrderMark()
    {
        var buffer = PageBuffer.ForThisThread();
        buffer.Start().Write("US–UK · “Five Eyes” €");

        Assert.Equal(Encoding.UTF8.GetBytes("US–UK · “Five Eyes” €"), buffer.Utf8().ToArray());
    }

    [Fact]
    public async Task EachThread_HasARoomOfItsOwn()
    {
        var here = PageBuffer.ForThisThread();
        here.Start().Write("this thread's page");

        var there = await Task.Factory.StartNew(() =>
        {
            var other = PageBuffer.ForThisThread();
            other.Start().Write("another thread's page");
            return (Same: ReferenceEquals(other, here), Html: Encoding.UTF8.GetString(other.Utf8()));
        }, TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        Assert.False(there.Same);
        Assert.Equal("another thread's page", there.Html);
        Assert.Equal("this thread's page", Encoding.UTF8.GetString(here.Utf8()));
    }
}
