using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class TargetRemoveBreakdown
{
    [Fact]
    public void RemovesTheBreakdownAndReportsItsAllocationsAsRemoved()
    {
        var target = TestTargets.Company(3m);
        var products = TestTargets.Members(2);
        target.SetAllocations(Dimension.Product, TestTargets.Amounts(products, 1m, 2m), TestTargets.Allowed(products));

        var changes = target.RemoveBreakdown(Dimension.Product);

        changes.ShouldBe([new AllocationChange(products[0], 1m, null), new AllocationChange(products[1], 2m, null)]);
        target.Breakdowns.ShouldBeEmpty();
        target.FindBreakdown(Dimension.Product).ShouldBeNull();
    }

    [Fact]
    public void RefusesABreakdownThatDoesNotExist()
    {
        Should.Throw<DomainException>(() => TestTargets.Company().RemoveBreakdown(Dimension.Product))
            .Message.ShouldBe("The 2026-12 sales amount target of the company has no product breakdown to remove.");
    }
}
