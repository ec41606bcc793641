using SalesPlanning.Domain.Plans;
using SalesPlanning.Web.Components.Pages.Plans;
using SalesPlanning.Web.Components.Shared.Dashboards;

namespace SalesPlanning.ComponentTests.SharedComponents;

/// <summary>Plan status and pace as coloured labels (StatusChip), in the user's language.</summary>
public class StatusLabels
{
    [Theory]
    [InlineData("en", PlanStatus.Submitted, "Submitted")]
    [InlineData("zh-CN", PlanStatus.Approved, "已批准")]
    [InlineData("en", null, "Not started")]
    public async Task NameThePlansStatus(string culture, PlanStatus? status, string expected)
    {
        await using var context = Components.Create(culture);

        var cut = context.Render<PlanStatusBadge>(p => p.Add(x => x.Status, status).Add(x => x.TestId, "status-east"));

        cut.Find("[data-testid=status-east]").TextContent.Trim().ShouldBe(expected);
    }

    [Theory]
    [InlineData(true, "on", "On pace")]
    [InlineData(false, "behind", "Behind pace")]
    [InlineData(null, "none", "—")]
    public async Task SayWhetherTheScopeIsOnPace(bool? onPace, string pace, string text)
    {
        await using var context = Components.Create();

        var cut = context.Render<PaceBadge>(p => p.Add(x => x.OnPace, onPace));

        var label = cut.Find("[data-testid=pace]");
        label.GetAttribute("data-pace").ShouldBe(pace);
        label.TextContent.Trim().ShouldBe(text);
    }
}
