using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Explainer.Templates;
using StaticSite.Explainer.Html;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// Preview's last parse of the theme, reused while every layout, partial and asset URL is what it was: a content
/// edit then neither parses the layouts again nor makes Fluid look up the view types' members again (it keeps
/// those per renderer), which together were about half of the layout step of a one-page rebuild. A parse that
/// reported errors is never kept, so its errors are reported again at the next build.
/// </summary>
internal sealed class ParsedTemplates
{
    private (string Key, TemplateRenderer Renderer, TemplateDependencies Dependencies)? last;

    public (TemplateRenderer Renderer, TemplateDependencies Dependencies) GetOrParse(
        SiteFiles files, IReadOnlyDictionary<string, string> assets, DiagnosticBag diagnostics, Func<DiagnosticBag, TemplateRenderer> parse)
    {
        var key = KeyOf(files, assets);
        if (last is { } known && known.Key == key) return (known.Renderer, known.Dependencies);
        var own = new DiagnosticBag();
        var renderer = parse(own);
        own.CopyTo(diagnostics);
        var dependencies = new TemplateDependencies(files);
        last = own.IsEmpty ? (key, renderer, dependencies) : null;
        return (renderer, dependencies);
    }

    private static string KeyOf(SiteFiles files, IReadOnlyDictionary<string, string> assets)
    {
        var fingerprint = new Fingerprint();
        foreach (var file in files.Theme("layouts").Concat(files.Theme("partials")))
        {
            fingerprint.Add(file.Path).Add(file.DisplayPath).Add(file.ReadText());
        }
        foreach (var (name, url) in assets.OrderBy(a => a.Key, StringComparer.Ordinal)) fingerprint.Add(name).Add(url);
        return fingerprint.Finish();
    }
}
