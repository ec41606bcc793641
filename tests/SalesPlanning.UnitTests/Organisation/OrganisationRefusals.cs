using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.UnitTests.Organisation;

/// <summary>Assertions on the coded problems the organisation's entities refuse a change with.</summary>
internal static class OrganisationRefusals
{
    /// <summary>The action is refused with exactly one problem: this code at this field, naming these values.</summary>
    public static void ShouldBeRefused(Action action, string field, string code, params string[] args)
    {
        var problem = Should.Throw<OrganisationRulesException>(action).Problems.ShouldHaveSingleItem();
        problem.Field.ShouldBe(field);
        problem.Code.ShouldBe(code);
        problem.Args.ShouldBe(args);
    }

    /// <summary>The action is refused with these problems (field, code), in this order.</summary>
    public static void ShouldBeRefusedWith(Action action, params (string Field, string Code)[] problems) =>
        Should.Throw<OrganisationRulesException>(action).Problems.Select(p => (p.Field, p.Code)).ShouldBe(problems);
}
