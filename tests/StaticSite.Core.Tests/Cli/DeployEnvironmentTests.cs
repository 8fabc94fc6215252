using StaticSite.Cli;
using StaticSite.Cli.Commands;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Cli;

/// <summary>Which base URL and whether noindex, from the options and Netlify's variables. CliEnvironment is process-wide: one at a time.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class DeployEnvironmentTests
{
    private const string Prime = "https://deploy-preview-42--explainer.netlify.app";

    [Theory]
    [InlineData(null)]
    [InlineData("production")]
    public void Production_ChangesNothing(string? context)
    {
        var deploy = Resolve(null, false, ("CONTEXT", context), ("DEPLOY_PRIME_URL", Prime));

        Assert.Equal(new DeployEnvironment(null, null, false, null), deploy);
        Assert.Null(deploy.Describe());
    }

    [Theory]
    [InlineData("deploy-preview")]
    [InlineData("branch-deploy")]
    public void APreviewOrBranchDeploy_TakesDeployPrimeUrl_WithASlash_AndIsNoindex(string context)
    {
        var deploy = Resolve(null, false, ("CONTEXT", context), ("DEPLOY_PRIME_URL", Prime), ("STATICSITE_BASE_URL", "https://elsewhere.example/"));

        Assert.Equal(new DeployEnvironment(Prime + "/", "DEPLOY_PRIME_URL", true, context), deploy);
        Assert.Equal($"base URL {Prime}/ (from DEPLOY_PRIME_URL); every page noindex (CONTEXT={context})", deploy.Describe());
    }

    [Fact]
    public void TheOption_OutranksEveryVariable()
    {
        var deploy = Resolve("http://localhost:8080/site", false, ("CONTEXT", "deploy-preview"), ("DEPLOY_PRIME_URL", Prime), ("STATICSITE_BASE_URL", "https://elsewhere.example/"));

        Assert.Equal(new DeployEnvironment("http://localhost:8080/site/", "--base-url", true, "deploy-preview"), deploy);
    }

    [Fact]
    public void TheVariable_ServesWhenNoOptionAndNoPreview()
    {
        Assert.Equal(new DeployEnvironment("https://staging.example.org/", "STATICSITE_BASE_URL", false, null),
            Resolve(null, false, ("STATICSITE_BASE_URL", "https://staging.example.org")));
        Assert.Equal(new DeployEnvironment(null, null, true, null), Resolve(null, true));
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("/relative/")]
    [InlineData("ftp://example.org/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:secret@example.org/")]
    [InlineData("https://example.org/?preview=1")]
    [InlineData("https://example.org/#top")]
    public void ABaseUrlThatIsNotAnAbsoluteHttpUrl_IsAProblem_NamingWhereItCameFrom(string url)
    {
        var option = Resolve(url, false, out var problem);
        Assert.Null(option);
        Assert.StartsWith($"--base-url must be an absolute http or https URL of the site's root", problem);
        Assert.EndsWith($"not '{url}'", problem);

        var variable = Resolve(null, false, out problem, ("STATICSITE_BASE_URL", url));
        Assert.Null(variable);
        Assert.StartsWith("STATICSITE_BASE_URL must be", problem);
    }

    private static DeployEnvironment Resolve(string? option, bool noIndex, params (string Name, string? Value)[] variables) =>
        Resolve(option, noIndex, out var problem, variables) ?? throw new InvalidOperationException(problem);

    private static DeployEnvironment? Resolve(string? option, bool noIndex, out string? problem, params (string Name, string? Value)[] variables)
    {
        var old = CliEnvironment.Variable;
        CliEnvironment.Variable = name => variables.FirstOrDefault(v => v.Name == name).Value;
        try
        {
            return DeployEnvironment.Resolve(option, noIndex, out problem);
        }
        finally
        {
            CliEnvironment.Variable = old;
        }
    }
}
