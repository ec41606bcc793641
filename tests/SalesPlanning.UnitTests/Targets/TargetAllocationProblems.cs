using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

/// <summary>
/// A breakdown's rows are refused by one coded rule (issue 12): the domain names the member and the code, and the
/// messages by row come from the codes — never from searching the domain's English sentences for a member's id.
/// </summary>
public class TargetAllocationProblems
{
    private static readonly Guid Allowed = Guid.NewGuid();
    private static readonly Guid Outsider = Guid.NewGuid();

    [Theory]
    [InlineData(Metric.SalesAmount, "-1", AmountRules.Negative)]
    [InlineData(Metric.SalesAmount, "0.001", AmountRules.MoneyDecimals)]
    [InlineData(Metric.SalesVolume, "1.5", AmountRules.WholeUnits)]
    [InlineData(Metric.Collections, "1000000000000", AmountRules.TooLarge)]
    public void CodesAnAmountTheMetricDoesNotAllow(Metric metric, string amount, string code)
    {
        var rows = Target.AllocationProblems(metric, new Dictionary<Guid, decimal> { [Allowed] = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) }, new HashSet<Guid> { Allowed });

        rows.ShouldBe([new AllocationProblem(Allowed, code)]);
    }

    [Fact]
    public void CodesMembersOutsideTheScopeAndRowsWithoutAMemberAndPassesTheRest()
    {
        var rows = Target.AllocationProblems(Metric.SalesAmount,
            new Dictionary<Guid, decimal> { [Allowed] = 10m, [Outsider] = 5m, [Guid.Empty] = 1m }, new HashSet<Guid> { Allowed });

        rows.ShouldBe([new AllocationProblem(Outsider, AllocationRules.MemberNotAllowed), new AllocationProblem(Guid.Empty, AllocationRules.MemberMissing)]);
        TargetMessages.ByRow(rows).Select(r => (r.Key, string.Join(",", r.Value))).ShouldBe(
            [(Outsider.ToString(), TargetMessages.MemberNotAllowed), (Guid.Empty.ToString(), TargetMessages.MemberNotAllowed)], ignoreOrder: true);
    }

    [Fact]
    public void GivesTheSameKeyPagesUseForAnAmount()
    {
        foreach (var (metric, amount) in new[] { (Metric.SalesAmount, -1m), (Metric.SalesVolume, 0.5m), (Metric.Collections, 0.001m), (Metric.SalesAmount, 1e13m) })
        {
            var row = Target.AllocationProblems(metric, new Dictionary<Guid, decimal> { [Allowed] = amount }, new HashSet<Guid> { Allowed }).Single();
            TargetMessages.For(row.Code).ShouldBe(TargetMessages.AmountProblem(metric, amount));
        }
    }
}
