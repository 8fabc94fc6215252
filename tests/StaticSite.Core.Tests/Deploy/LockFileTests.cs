using System.Text.Json;
using System.Xml.Linq;

namespace StaticSite.Core.Tests.Deploy;

/// <summary>
/// NuGet lock files: every project has one, each names the versions Directory.Packages.props asks for, and CI
/// restores in locked mode. (NuGet itself refuses a stale lock file under CI; this says which, without a restore.)
/// </summary>
public sealed class LockFileTests
{
    private static readonly string[] Projects = [.. Directory.EnumerateFiles(RealSite.Root, "*.csproj", SearchOption.AllDirectories)
        .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void EveryProject_LocksThePackageVersionsDirectoryPackagesPropsNames()
    {
        var versions = XDocument.Load(Path.Combine(RealSite.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
        Assert.True(Projects.Length >= 8, $"{Projects.Length} projects");
        foreach (var project in Projects)
        {
            var lockFile = Path.Combine(Path.GetDirectoryName(project)!, "packages.lock.json");
            Assert.True(File.Exists(lockFile), $"{project} has no packages.lock.json: run 'dotnet restore' and commit it");
            using var locked = JsonDocument.Parse(File.ReadAllText(lockFile));
            var graph = locked.RootElement.GetProperty("dependencies").GetProperty("net10.0");
            foreach (var reference in XDocument.Load(project).Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!))
            {
                Assert.True(graph.TryGetProperty(reference, out var entry), $"{lockFile} does not lock {reference}: run 'dotnet restore' and commit it");
                Assert.True(versions[reference] == entry.GetProperty("resolved").GetString(),
                    $"{lockFile} locks {reference} {entry.GetProperty("resolved").GetString()}, Directory.Packages.props asks for {versions[reference]}: run 'dotnet restore' and commit it");
            }
        }
    }

    [Fact]
    public void Restore_UsesTheLockFiles_AndUnderCi_RefusesToChangeThem()
    {
        var properties = XDocument.Load(Path.Combine(RealSite.Root, "Directory.Build.props")).Descendants("PropertyGroup").Elements().ToList();
        Assert.Equal("true", properties.Single(p => p.Name == "RestorePackagesWithLockFile").Value);
        var locked = properties.Single(p => p.Name == "RestoreLockedMode");
        Assert.Equal(("true", "'$(CI)' == 'true'"), (locked.Value, (string?)locked.Attribute("Condition")));
    }
}
