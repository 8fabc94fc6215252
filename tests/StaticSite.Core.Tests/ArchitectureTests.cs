using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using StaticSite.Engine.Documents;
using StaticSite.Explainer.Data;
using Xunit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace StaticSite.Core.Tests;

/// <summary>
/// Dependencies point one way: the engine knows nothing of the explainer; inside the explainer, each layer uses only
/// those below it (Html, Data, Markdown, Templates, Pages, the outputs, then the composition root); the outputs
/// (publishing, search, share cards, drawings) use none of each other. A future cycle fails here, naming the types.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Architecture Code =
        new ArchLoader().LoadAssemblies(typeof(Document).Assembly, typeof(SiteModel).Assembly).Build();

    private const string Explainer = "StaticSite.Explainer";

    /// <summary>Lowest first. A layer may use itself and the layers before it.</summary>
    private static readonly string[] Layers =
        [$"{Explainer}.Html", $"{Explainer}.Data", $"{Explainer}.Markdown", $"{Explainer}.Templates", $"{Explainer}.Pages", $"{Explainer}.Outputs", Explainer];

    private static readonly string[] Outputs = ["Publishing", "Search", "Share", "Visuals"];

    private static ArchUnitNET.Fluent.Syntax.Elements.Types.GivenTypesConjunction TypesIn(string layer) =>
        layer == Explainer
            ? Types().That().ResideInNamespace(Explainer)
            : Types().That().ResideInNamespaceMatching($@"^{System.Text.RegularExpressions.Regex.Escape(layer)}(\..*)?$");

    private static IArchRule NotUsing(string layer, string other) => TypesIn(layer).Should().NotDependOnAny(TypesIn(other).As(other));

    [Fact]
    public void TheEngine_UsesNothingOfTheExplainer() =>
        Types().That().ResideInAssembly(typeof(Document).Assembly).Should()
            .NotDependOnAny(Types().That().ResideInAssembly(typeof(SiteModel).Assembly)).Check(Code);

    public static TheoryData<int> LayerIndexes => [.. Enumerable.Range(0, Layers.Length - 1)];

    [Theory]
    [MemberData(nameof(LayerIndexes))]
    public void ALayer_UsesNoLayerAboveIt(int index)
    {
        foreach (var above in Layers.Skip(index + 1))
        {
            NotUsing(Layers[index], above).Check(Code);
        }
    }

    public static TheoryData<string, string> OutputPairs =>
        [.. Outputs.SelectMany(a => Outputs.Where(b => b != a).Select(b => (a, b)))];

    [Theory]
    [MemberData(nameof(OutputPairs))]
    public void AnOutput_UsesNoOtherOutput(string output, string other) =>
        NotUsing($"{Explainer}.Outputs.{output}", $"{Explainer}.Outputs.{other}").Check(Code);

    [Fact]
    public void TheExplainersNamespaces_FormNoCycle() =>
        ArchUnitNET.Fluent.Slices.SliceRuleDefinition.Slices().Matching("StaticSite.Explainer.(**)").Should().BeFreeOfCycles().Check(Code);
}
