using System.Text;
using StaticSite.Core.Templates;
using Xunit;

namespace StaticSite.Core.Tests;

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

        Assert.Equal("<p>short</p>", buffer.Html.ToString());
        Assert.Equal("<p>short</p>", Encoding.UTF8.GetString(buffer.Utf8()));
    }

    [Fact]
    public void ARoomGrownPastWhatIsKept_IsLetGoWhenItsPageIsDone_AndAnOrdinaryOneIsKept()
    {
        var buffer = PageBuffer.ForThisThread();
        buffer.Start().Write(new string('x', 200_000));
        Assert.Equal(200_000, buffer.Utf8().Length);
        buffer.Done();
        var ordinary = buffer.Capacity;
        Assert.True(ordinary >= 200_000, $"an ordinary page's room was let go ({ordinary} characters)");

        buffer.Start().Write(new string('y', PageBuffer.MostKept + 1));
        Assert.Equal(PageBuffer.MostKept + 1, buffer.Utf8().Length);
        buffer.Done();

        Assert.True(buffer.Capacity < PageBuffer.MostKept, $"kept {buffer.Capacity} characters");
        buffer.Start().Write("after");
        Assert.Equal("after", Encoding.UTF8.GetString(buffer.Utf8()));
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
            return (Same: ReferenceEquals(other, here), Html: other.Html.ToString());
        }, TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        Assert.False(there.Same);
        Assert.Equal("another thread's page", there.Html);
        Assert.Equal("this thread's page", here.Html.ToString());
    }
}
