using System.Reflection;
using NetArchTest.Rules;

namespace SalesPlanning.ArchitectureTests;

/// <summary>References run Web → Infrastructure → Application → Domain, never back (ADR 0006).</summary>
public class LayerDependencies
{
    [Fact]
    public void DomainReferencesNothingButTheBaseClassLibrary()
    {
        var references = Layers.Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldAllBe(name => name == "netstandard" || name == "mscorlib" || name.StartsWith("System", StringComparison.Ordinal),
            "Domain references: " + string.Join(", ", references));
    }

    [Fact]
    public void DomainTypesDependOnNoOtherLayerOrPackage()
    {
        var result = Types.InAssembly(Layers.Domain).ShouldNot()
            .HaveDependencyOnAny("SalesPlanning.Application", "SalesPlanning.Infrastructure", "SalesPlanning.Web", "Microsoft")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(Layers.Describe(result));
    }

    [Fact]
    public void ApplicationReferencesNeitherInfrastructureNorWeb()
    {
        ReferencedProjects(Layers.Application).ShouldBe(["SalesPlanning.Domain"]);
        var result = Types.InAssembly(Layers.Application).ShouldNot()
            .HaveDependencyOnAny("SalesPlanning.Infrastructure", "SalesPlanning.Web")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(Layers.Describe(result));
    }

    [Fact]
    public void InfrastructureReferencesApplicationAndDomainOnly()
    {
        ReferencedProjects(Layers.Infrastructure).ShouldBe(["SalesPlanning.Application", "SalesPlanning.Domain"], ignoreOrder: true);
        var result = Types.InAssembly(Layers.Infrastructure).ShouldNot().HaveDependencyOn("SalesPlanning.Web").GetResult();

        result.IsSuccessful.ShouldBeTrue(Layers.Describe(result));
    }

    private static List<string> ReferencedProjects(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("SalesPlanning.", StringComparison.Ordinal))
            .ToList();
}
