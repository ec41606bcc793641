using NetArchTest.Rules;

namespace SalesPlanning.ArchitectureTests;

/// <summary>
/// Pages and endpoints call the use-case services; only Infrastructure and the composition root
/// (Web's Hosting) touch a DbContext, its factory or Application's persistence interface.
/// </summary>
public class DatabaseAccess
{
    [Fact]
    public void RazorComponentsNeverReachTheDatabase()
    {
        Layers.Components(Layers.Web).GetTypes().Count().ShouldBeGreaterThan(50, "the pages and components were not found");

        var result = Layers.Components(Layers.Web).ShouldNot().HaveDependencyOnAny(Layers.DataAccess).GetResult();

        result.IsSuccessful.ShouldBeTrue(Layers.Describe(result));
    }

    [Fact]
    public void ApiEndpointsNeverReachTheDatabase()
    {
        var endpoints = Types.InAssembly(Layers.Web).That().ResideInNamespace("SalesPlanning.Web.Api");
        endpoints.GetTypes().ShouldNotBeEmpty();

        var result = endpoints.ShouldNot().HaveDependencyOnAny(Layers.DataAccess).GetResult();

        result.IsSuccessful.ShouldBeTrue(Layers.Describe(result));
    }

    [Fact]
    public void NoWebTypeOutsideTheCompositionRootReachesTheDatabase()
    {
        var result = Types.InAssembly(Layers.Web).That().DoNotResideInNamespace(Layers.Hosting)
            .ShouldNot().HaveDependencyOnAny(Layers.DataAccess).GetResult();

        result.IsSuccessful.ShouldBeTrue(Layers.Describe(result));
    }

    [Fact]
    public void TheRuleCatchesATypeThatTakesTheDbContext()
    {
        // The same rule applied where the DbContext lives must fail, or the rules above prove nothing.
        var result = Types.InAssembly(Layers.Infrastructure).ShouldNot().HaveDependencyOnAny(Layers.DataAccess).GetResult();

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldContain("SalesPlanning.Infrastructure.Persistence.DatabaseMigrator");
    }
}
