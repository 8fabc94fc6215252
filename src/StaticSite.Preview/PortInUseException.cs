namespace StaticSite.Preview;

/// <summary>The address the preview was asked to listen on is taken: a usage problem, not a bug.</summary>
public sealed class PortInUseException(string host, int port, Exception inner)
    : Exception($"{host}:{port} is already in use; stop the other server or pick another port with --port", inner);
