using System.Threading.Channels;

namespace StaticSite.Preview.Tests;

/// <summary>Listens on /_staticsite/events the way a browser's EventSource does, and hands over each event.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<(string Name, string Data)> events = Channel.CreateUnbounded<(string, string)>();
    private readonly Task reading;

    private EventStream(HttpClient client) => reading = ReadAsync(client);

    public static async Task<EventStream> OpenAsync(HttpClient client)
    {
        var stream = new EventStream(client);
        var hello = await stream.NextAsync();
        Assert.Equal("hello", hello.Name);
        return stream;
    }

    /// <summary>The next event other than the heartbeat.</summary>
    public async Task<(string Name, string Data)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var next = await events.Reader.ReadAsync(timeout.Token);
            if (next.Name != "ping") return next;
        }
    }

    private async Task ReadAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/_staticsite/events", HttpCompletionOption.ResponseHeadersRead, stop.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            string name = "message", data = "";
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
                else if (line.Length == 0 && data.Length > 0)
                {
                    events.Writer.TryWrite((name, data));
                    (name, data) = ("message", "");
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // Closed by the test or by the server stopping.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reading;
        stop.Dispose();
    }
}
