using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;
using SalesPlanning.Web.Components.Pages.Targets;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.ComponentTests.Editors;

/// <summary>
/// The breakdown editor's grid: amount and share in step, the totals and the remainder following, a bad amount's
/// message at its row in the user's language, read-only amounts as text, and after a refused stale save the
/// saved amounts beside the typed ones.
/// </summary>
public class AllocationAmountAndShare
{
    private static readonly Guid East = Guid.NewGuid();
    private static readonly Guid South = Guid.NewGuid();

    private static BreakdownView View(Metric metric, decimal parent, bool canEdit = true, decimal east = 0m, decimal south = 0m) => new(
        Period.From(2026, 12), metric, new ScopeView(ScopeKind.Company, null, "Company"), Dimension.Region, Guid.NewGuid(),
        parent, Version: 7, IsLocked: false, CanEdit: canEdit,
        [
            new(East, "EAST", "华东区", "East", true, east, 100m, 90m),
            new(South, "SOUTH", "华南区", "South", true, south, null, null),
        ]);

    private static (IRenderedComponent<AllocationGrid> Grid, AllocationEdit Allocation, List<string> Changes) Render(BunitContext context, BreakdownView view)
    {
        var allocation = new AllocationEdit(view, context.Services.GetRequiredService<IStringLocalizer<SharedResource>>());
        var changes = new List<string>();
        var grid = context.Render<AllocationGrid>(p => p
            .Add(g => g.Allocation, allocation)
            .Add(g => g.CanEdit, view.CanEdit)
            .Add(g => g.Changed, () => changes.Add("changed")));
        return (grid, allocation, changes);
    }

    private static IElement Input(IRenderedComponent<AllocationGrid> grid, string testId) => grid.Find($"input[data-testid={testId}]");

    [Fact]
    public async Task A_share_gives_the_amount_and_an_amount_gives_the_share_with_the_totals_and_remainder_following()
    {
        await using var context = Components.Create();
        var (grid, allocation, changes) = Render(context, View(Metric.SalesAmount, 1_000_000m));

        await Input(grid, "share-EAST").ChangeAsync(new() { Value = "33.33" });
        allocation.Rows[0].Amount.ShouldBe(333_300.00m);
        Input(grid, "amount-EAST").GetAttribute("value").ShouldBe("333,300.00");

        await Input(grid, "amount-SOUTH").ChangeAsync(new() { Value = "250000" });
        allocation.Rows[1].Percent.ShouldBe(25m);
        Input(grid, "share-SOUTH").GetAttribute("value").ShouldBe("25");

        grid.Find("[data-testid=allocated-total]").TextContent.ShouldBe("583,300.00");
        allocation.Unallocated.ShouldBe(416_700m);
        changes.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_volume_share_rounds_to_whole_units()
    {
        await using var context = Components.Create();
        var (grid, allocation, _) = Render(context, View(Metric.SalesVolume, 1_000m));

        await Input(grid, "share-EAST").ChangeAsync(new() { Value = "33.33" });

        allocation.Rows[0].Amount.ShouldBe(333m);
        Input(grid, "amount-EAST").GetAttribute("value").ShouldBe("333");
        allocation.Unallocated.ShouldBe(667m);
    }

    [Theory]
    [InlineData("en", "-5", "Cannot be negative.")]
    [InlineData("zh-CN", "-5", "不能为负数。")]
    [InlineData("en", "12.345", "At most two decimals.")]
    public async Task A_bad_amount_shows_its_message_at_the_row_until_it_is_put_right(string culture, string typed, string message)
    {
        await using var context = Components.Create(culture);
        var (grid, allocation, _) = Render(context, View(Metric.SalesAmount, 1_000m));

        await Input(grid, "amount-EAST").ChangeAsync(new() { Value = typed });

        grid.Find("[role=alert]").TextContent.ShouldBe(message);
        allocation.HasErrors.ShouldBeTrue();

        await Input(grid, "amount-EAST").ChangeAsync(new() { Value = "500" });
        grid.FindAll("[role=alert]").ShouldBeEmpty();
        allocation.HasErrors.ShouldBeFalse();
    }

    [Fact]
    public async Task Read_only_amounts_are_text_without_inputs()
    {
        await using var context = Components.Create();
        var (grid, _, _) = Render(context, View(Metric.SalesAmount, 1_000m, canEdit: false, east: 600m, south: 400m));

        grid.FindAll("input").ShouldBeEmpty();
        grid.Find("[data-testid=amount-EAST]").TextContent.ShouldBe("600.00");
        grid.Find("[data-testid=allocated-total]").TextContent.ShouldBe("1,000.00");
        grid.Find("[data-testid=allocated-share]").TextContent.ShouldBe("100.00%");
    }

    [Fact]
    public async Task After_a_stale_save_the_typed_amounts_stay_and_the_saved_ones_show_beside_them()
    {
        await using var context = Components.Create();
        var (grid, allocation, _) = Render(context, View(Metric.SalesAmount, 1_000m, east: 500m, south: 500m));
        await Input(grid, "amount-EAST").ChangeAsync(new() { Value = "700" });

        allocation.ShowLatest(View(Metric.SalesAmount, 1_000m, east: 450m, south: 550m) with { Version = 8 });
        grid.Render(p => p.Add(g => g.Conflict, true));

        allocation.Rows[0].Amount.ShouldBe(700m);
        allocation.View.Version.ShouldBe(8u);
        grid.FindAll(".sp-latest").Select(e => e.TextContent).ShouldBe(["450.00", "550.00"]);
        Input(grid, "amount-EAST").GetAttribute("value").ShouldBe("700.00");
    }
}
