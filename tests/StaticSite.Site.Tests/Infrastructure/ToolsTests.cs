namespace StaticSite.Site.Tests.Infrastructure;

/// <summary>The browser check tells a real binary from Ubuntu's snap shim, which would only fail later, in Playwright.</summary>
public sealed class ToolsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("tools-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void UbuntusChromiumScript_IsASnapShim()
    {
        var shim = Write("chromium-browser", "#!/bin/sh\nif ! [ -x /snap/bin/chromium ]; then echo 'requires the chromium snap' >&2; exit 1; fi\nexec /snap/bin/chromium \"$@\"\n");

        Assert.True(Tools.IsSnapShim(shim));
    }

    [Fact]
    public void ALinkToSnap_IsASnapShim()
    {
        var snap = Write("snap", "\u007fELF");
        var link = Path.Combine(_folder.FullName, "chromium");
        File.CreateSymbolicLink(link, snap);

        Assert.True(Tools.IsSnapShim(link));
    }

    [Fact]
    public void DebiansWrapperScript_AndABinary_AreNot()
    {
        var wrapper = Write("chromium", "#!/bin/sh\nexec /usr/lib/chromium/chromium \"$@\"\n");
        var binary = Write("chrome", "\u007fELF\u0002\u0001\u0001 /snap/bin/ appears in data, not as a script");

        Assert.False(Tools.IsSnapShim(wrapper));
        Assert.False(Tools.IsSnapShim(binary));
    }
}
