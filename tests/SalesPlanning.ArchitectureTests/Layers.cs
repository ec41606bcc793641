using System.Reflection;
using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Infrastructure.Persistence;

namespace SalesPlanning.ArchitectureTests;

/// <summary>The assemblies of the four layers and the names the rules speak of.</summary>
internal static class Layers
{
    public static readonly Assembly Domain = typeof(Period).Assembly;
    public static readonly Assembly Application = typeof(ISalesPlanningDb).Assembly;
    public static readonly Assembly Infrastructure = typeof(SalesPlanningDbContext).Assembly;
    public static readonly Assembly Web = typeof(Program).Assembly;

    /// <summary>Namespaces through which code reaches the database.</summary>
    public static readonly string[] DataAccess =
    [
        "Microsoft.EntityFrameworkCore",
        "Npgsql",
        "SalesPlanning.Infrastructure",
        "SalesPlanning.Application.Persistence",
    ];

    /// <summary>The composition root and start-up: the only Web code that may wire the database.</summary>
    public const string Hosting = "SalesPlanning.Web.Hosting";

    /// <summary>Razor components (pages, layouts, shared components) of an assembly.</summary>
    public static PredicateList Components(Assembly assembly) =>
        Types.InAssembly(assembly).That().Inherit(typeof(ComponentBase));

    public static string Describe(TestResult result) =>
        result.IsSuccessful
            ? "no violation"
            : "Violations: " + string.Join(", ", result.FailingTypeNames ?? []);
}
