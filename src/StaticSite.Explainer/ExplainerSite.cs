using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Engine.Modules;
using StaticSite.Engine.Pipelines;
using StaticSite.Explainer.Outputs.Publishing;
using StaticSite.Explainer.Outputs.Search;
using StaticSite.Explainer.Outputs.Share;
using StaticSite.Explainer.Pages;
using StaticSite.Explainer.Templates;
using StaticSite.Explainer.Outputs.Visuals;

namespace StaticSite.Explainer;

/// <summary>The explainer's pipelines on top of the engine, and a build that never leaves a half-written output.</summary>
public static class ExplainerSite
{
    public const string SitePipeline = "Site";
    public const string AssetsPipeline = "Assets";
    public const string ModelPipeline = "Model";
    public const string PagesPipeline = "Pages";

    /// <summary>
    /// The first stage: every data pipeline, the theme's assets, and the checked <see cref="SiteModel"/> made from the
    /// data (the one document of <see cref="ModelPipeline"/>).
    /// </summary>
    public static IReadOnlyList<Pipeline> ReadingPipelines(ExplainerOptions options, StagingFolder? staging)
    {
        var parsed = options.Cache?.Parsed;
        Pipeline[] data =
        [
            new Pipeline(SitePipeline).With(Phase.Input, new ReadSiteInfo { BaseUrl = options.BaseUrl }),
            .. EntityKind.All.Select(kind =>
                new Pipeline(kind.Pipeline).With(Phase.Input, new ReadFiles(kind.Folder, kind.Extensions)).With(Phase.Process, kind.Parser(parsed))),
        ];
        var assets = new Pipeline(AssetsPipeline).With(Phase.Input, new ReadAssets { StableNames = options.StableAssetNames }, new CheckThemeFiles())
            .With(Phase.Output, new WriteFiles(staging));
        var model = new Pipeline(ModelPipeline).After(data.Select(p => p.Name).ToArray()).With(Phase.Process, new BuildSiteModel(SitePipeline));
        return [.. data, assets, model];
    }

    /// <summary>The second stage: the pages of <paramref name="model"/>, and every file made from them.</summary>
    public static Pipeline PublishingPipeline(SiteModel model, ExplainerOptions options, StagingFolder? staging)
    {
        var writeAhead = new WriteAhead(staging);
        return new Pipeline(PagesPipeline)
            .With(Phase.Input, new MakePages(model, preview: options.Cache is not null))
            // Page by page: each page's Markdown, drawings and layout, then on to the next; beside them, the files made
            // from the list of pages for hosts, crawlers and readers of the data. Redirects last, to check aliases
            // against every file.
            .With(Phase.PostProcess,
                new Alongside([new WriteOpenData(model), new WriteSitemap(model), new WriteFeed(model), new RenderShareCards(model, options.ShareCards), writeAhead],
                    new ForEachDocument(new RenderMarkdown(model, options.Cache), new AddStructuredData(model), new RenderVisuals(model),
                        new ApplyLayout(model, AssetsPipeline, options.Cache, options.LiveReloadScript, staging) { NoIndex = options.NoIndex }, new BuildSearchIndex(model, staging)) { Weight = PageWeight.Of },
                    writeAhead),
                new WriteRedirects(model, AssetsPipeline), new WriteNoIndexHeaders(options.NoIndex))
            .With(Phase.PostProcess, new CheckDestinations(AssetsPipeline),
                new CheckLinks(AssetsPipeline) { LiveReloadScript = options.LiveReloadScript }, new CheckIds(model))
            .With(Phase.Output, new WriteFiles(staging));
    }

    /// <summary>Builds from files already read; writes into <paramref name="writeTo"/> when given.</summary>
    public static BuildResult Build(SiteFiles files, string? writeTo, ExplainerOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= new ExplainerOptions();
        var context = new BuildContext(files, new DiagnosticBag(), cancellation) { PhaseStarted = options.PhaseStarted };
        foreach (var problem in files.Problems) context.Diagnostics.Error(problem.Location, problem.Code, problem.Message, problem.Note);
        var staging = writeTo is null ? null : new StagingFolder(writeTo);
        var read = new SiteBuilder(ReadingPipelines(options, staging)).Build(context);
        if (!read.Succeeded || read.Documents[ModelPipeline] is not [{ Model: SiteModel model }]) return read;
        return read.Then(new SiteBuilder([PublishingPipeline(model, options, staging)]).Build(context));
    }

    /// <summary>
    /// A clean build into a staging folder beside the output, swapped in only when the build succeeds: a failed
    /// build leaves the previous output exactly as it was. Refuses an output that is or holds a source of the build
    /// or someone else's files (<see cref="OutputTarget"/>); a check (<see cref="BuildOptions.Write"/> false) refuses
    /// the same and writes nothing.
    /// </summary>
    /// <exception cref="FolderRefusedException">the output (or the cache) may not be used; nothing was written.</exception>
    /// <exception cref="WriteFailedException">the file system refused a write; the previous output is untouched.</exception>
    /// <exception cref="OperationCanceledException">cancelled; the previous output is untouched.</exception>
    public static BuildResult BuildToDisk(BuildOptions options, ExplainerOptions? explainer = null, CancellationToken cancellation = default)
    {
        var sources = BuildSources.Resolve(options.InputDirectory, options.ThemeDirectory, explainer?.ShareCards?.Directory,
            Directory.GetCurrentDirectory(), options.DisplayRoot);
        var output = OutputTarget.Check(options.OutputDirectory, sources);
        // Checked now as well as under the lock: a folder of someone else's files is refused before anything (the
        // work folder beside it) is written.
        OutputTarget.CheckContent(options.OutputDirectory, output);
        var files = SiteFiles.FromDisk(options.InputDirectory, options.ThemeDirectory, options.DisplayRoot);
        if (!options.Write) return Build(files, null, explainer, cancellation);
        using var staged = StagedOutput.Begin(options.OutputDirectory, output, options.Waiting, options.DetachCleanUp, cancellation);
        BuildResult result;
        try
        {
            result = Build(files, staged.Staging, explainer, cancellation);
        }
        catch (Exception e) when (BuildFailure.Cause(e, staged.Staging) is { } cause && cause != e)
        {
            throw cause;
        }
        if (result.Succeeded) staged.Commit(cancellation);
        return result with { DiskSteps = staged.Steps };
    }
}

public sealed record BuildOptions(string InputDirectory, string ThemeDirectory, string OutputDirectory, string DisplayRoot, bool Write = true)
{
    /// <summary>Where <c>build</c> writes unless told otherwise; netlify.toml publishes this folder (a test holds them together).</summary>
    public const string DefaultOutputDirectory = "output";

    /// <summary>Called once if the build must wait for another build of the same output to finish.</summary>
    public Action? Waiting { get; init; }

    /// <summary>
    /// Delete the old output (and what earlier builds left) in a process that goes on after this one exits, as the CLI
    /// does; otherwise on a thread beside the next build's work, waited for before it returns (see <see cref="StagedOutput"/>).
    /// </summary>
    public bool DetachCleanUp { get; init; }
}
