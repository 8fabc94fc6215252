using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace StaticSite.Preview;

/// <summary>
/// The browsers listening on <c>/_staticsite/events</c> (Server-Sent Events): each gets its own small queue,
/// so a slow tab never holds up a rebuild, and a ping every so often so it can tell a dead connection.
/// </summary>
public sealed class LiveReloadHub(TimeSpan heartbeat)
{
    private readonly ConcurrentDictionary<Channel<string>, byte> clients = new();

    public int ClientCount => clients.Count;

    public void Publish(string name, string json)
    {
        var message = $"event: {name}\ndata: {json}\n\n";
        foreach (var client in clients.Keys) client.Writer.TryWrite(message);
    }

    public async Task StreamAsync(HttpContext context, string helloJson, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        var queue = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        clients[queue] = 0;
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // retry: how soon the browser reconnects by itself after the server goes away.
            await response.WriteAsync($"retry: 500\n\nevent: hello\ndata: {helloJson}\n\n", ended.Token);
            await response.Body.FlushAsync(ended.Token);
            while (!ended.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ended.Token);
                wait.CancelAfter(heartbeat);
                string message;
                try
                {
                    message = await queue.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!ended.IsCancellationRequested)
                {
                    message = "event: ping\ndata: {}\n\n";
                }
                await response.WriteAsync(message, ended.Token);
                await response.Body.FlushAsync(ended.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The tab closed or the server is stopping: nothing to report.
        }
        finally
        {
            clients.TryRemove(queue, out _);
        }
    }
}
