using AngleSharp.Dom;
using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;
using SalesPlanning.Web.Components.Pages.Progress;

namespace SalesPlanning.ComponentTests.Editors;

/// <summary>
/// My weeks' rows: the current week marked, a figure that is not a number shown at its field (marked invalid) once
/// a save is tried and cleared by typing again, typing marks the row unsaved and tells the page, the split by
/// product with its sums against the week's totals, and a closed month's inputs disabled.
/// </summary>
public class WeekRowsEntry
{
    private static readonly ProgressProductView Inverter = new(Guid.NewGuid(), "AC-100", "逆变器", "Inverter", "pcs");

    private static List<WeekEdit> Weeks() =>
    [
        new(new ProgressWeekView(1, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 6), false, null), [Inverter]),
        new(new ProgressWeekView(2, new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 13), true, null), [Inverter]),
    ];

    private static (IRenderedComponent<WeekGrid> Grid, List<WeekEdit> Rows, List<string> Changes) Render(BunitContext context, bool canEdit = true)
    {
        var rows = Weeks();
        var changes = new List<string>();
        var grid = context.Render<WeekGrid>(p => p
            .Add(g => g.Rows, rows)
            .Add(g => g.CanEdit, canEdit)
            .Add(g => g.Changed, () => changes.Add("changed")));
        return (grid, rows, changes);
    }

    private static IElement Field(IRenderedComponent<WeekGrid> grid, string testId) => grid.Find($"[data-testid={testId}]");

    [Fact]
    public async Task The_current_week_is_marked_and_typing_marks_the_row_unsaved()
    {
        await using var context = Components.Create();
        var (grid, rows, changes) = Render(context);

        grid.Find("[data-testid=week-2]").GetAttribute("data-current").ShouldBe("true");
        grid.Find("[data-testid=week-1]").GetAttribute("data-current").ShouldBe("false");

        await Field(grid, "w1-SalesAmount").ChangeAsync(new() { Value = "1200.50" });

        rows[0].Dirty.ShouldBeTrue();
        rows[1].Dirty.ShouldBeFalse();
        rows[0].Values["SalesAmount"].ShouldBe("1200.50");
        changes.ShouldBe(["changed"]);
    }

    [Theory]
    [InlineData("en", "Enter a number.")]
    [InlineData("zh-CN", "请输入数字。")]
    public async Task A_figure_that_is_not_a_number_shows_its_message_at_the_field_until_typed_again(string culture, string message)
    {
        await using var context = Components.Create(culture);
        var (grid, rows, _) = Render(context);
        await Field(grid, "w1-SalesAmount").ChangeAsync(new() { Value = "12,5x" });

        rows[0].ToRequest(Period.From(2026, 12)).ShouldBeNull();
        grid.Render();

        Field(grid, "w1-SalesAmount-error").TextContent.ShouldBe(message);
        Field(grid, "w1-SalesAmount").GetAttribute("aria-invalid").ShouldBe("true");
        Field(grid, "w1-Orders").GetAttribute("aria-invalid").ShouldBe("false");

        await Field(grid, "w1-SalesAmount").ChangeAsync(new() { Value = "125" });

        grid.FindAll("[data-testid=w1-SalesAmount-error]").ShouldBeEmpty();
        Field(grid, "w1-SalesAmount").GetAttribute("aria-invalid").ShouldBe("false");
        rows[0].ToRequest(Period.From(2026, 12)).ShouldNotBeNull().Figures.SalesAmount.ShouldBe(125m);
    }

    [Fact]
    public async Task The_split_by_product_opens_and_its_sums_are_marked_when_they_differ_from_the_totals()
    {
        await using var context = Components.Create();
        var (grid, rows, _) = Render(context);
        await Field(grid, "w2-SalesAmount").ChangeAsync(new() { Value = "1000" });
        grid.FindAll("[data-testid=w2-split-row]").ShouldBeEmpty();

        await Field(grid, "w2-split").ClickAsync(new());
        var split = Field(grid, "w2-split-row");
        await split.QuerySelector("input[aria-label='AC-100 Sales amount']")!.ChangeAsync(new() { Value = "600" });

        var sums = Field(grid, "w2-split-sums").QuerySelectorAll("td");
        sums[0].TextContent.ShouldBe("600.00");
        sums[0].ClassList.ShouldContain("sp-sum-off");
        rows[1].HasSplit.ShouldBeTrue();

        await Field(grid, "w2-SalesAmount").ChangeAsync(new() { Value = "600" });
        Field(grid, "w2-split-sums").QuerySelectorAll("td")[0].ClassList.ShouldNotContain("sp-sum-off");
    }

    [Fact]
    public void A_saved_week_fills_every_figure_and_saving_it_again_sends_the_same_figures()
    {
        var figures = new WeeklyFigures(1_200.50m, 12, 1_000m, 3, 1, 4, 12, 2, 300.25m, 200m, 50.75m);
        var entry = new ProgressEntryView(Guid.NewGuid(), 1, figures, "note", [], 7, DateTimeOffset.UnixEpoch);
        var row = new WeekEdit(new ProgressWeekView(1, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 6), false, entry), [Inverter]);

        row.Values["SalesAmount"].ShouldBe("1200.50");
        row.Values["Calls"].ShouldBe("12");
        row.Values["CollectionsOver6Months"].ShouldBe("50.75");
        var request = row.ToRequest(Period.From(2026, 12)).ShouldNotBeNull();
        request.Figures.ShouldBe(figures);
        request.Version.ShouldBe(7u);
    }

    [Theory]
    [InlineData("-99999999999", "Error_Negative")]
    [InlineData("99999999999", "Error_TooLarge")]
    public void A_count_an_int_cannot_hold_is_refused_at_its_field(string orders, string message)
    {
        var row = Weeks()[0];
        row.Set("Orders", orders);

        row.ToRequest(Period.From(2026, 12)).ShouldBeNull();
        row.Errors["Orders"].ShouldBe([message]);
    }

    [Fact]
    public async Task A_closed_month_shows_its_figures_with_every_input_disabled()
    {
        await using var context = Components.Create();
        var (grid, _, _) = Render(context, canEdit: false);

        grid.FindAll("table.sp-weeks input").ShouldAllBe(input => input.HasAttribute("disabled"));
        grid.FindAll("table.sp-weeks input").Count.ShouldBe(2 * 12);
    }
}
