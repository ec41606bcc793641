using Microsoft.AspNetCore.Components;
using SalesPlanning.Web.Components.Shared.Ui;

namespace SalesPlanning.ComponentTests.SharedComponents;

/// <summary>
/// SortableTable: a header click sorts ascending, then descending, then back to the order given, and says so in
/// aria-sort; a long list shows a page at a time; the footer sums; an empty list says it is empty.
/// </summary>
public class SortableTableSorting
{
    private sealed record Region(string Code, int Reps);

    private static readonly Region[] Regions = [new("NORTH", 3), new("EAST", 5), new("SOUTH", 4)];

    private static IReadOnlyList<TableColumn<Region>> Columns(IReadOnlyList<Region> items) =>
    [
        new("Code", r => b => b.AddContent(0, r.Code)) { SortBy = r => r.Code, Footer = b => b.AddContent(0, "Total") },
        new("Sales reps", r => b => b.AddContent(0, r.Reps)) { SortBy = r => r.Reps, Numeric = true, Footer = b => b.AddContent(0, items.Sum(r => r.Reps)) },
        new("Note", r => b => b.AddContent(0, "—")),
    ];

    [Fact]
    public async Task A_header_click_sorts_ascending_then_descending_then_as_given()
    {
        await using var context = Components.Create();
        var table = context.Render<SortableTable<Region>>(p => p
            .Add(t => t.Items, Regions)
            .Add(t => t.Columns, Columns(Regions))
            .AddUnmatched("data-testid", "regions"));

        string[] Codes() => table.FindAll("tbody tr td:first-child").Select(td => td.TextContent).ToArray();
        string? AriaSort(int column) => table.FindAll("thead th")[column].GetAttribute("aria-sort");

        Codes().ShouldBe(["NORTH", "EAST", "SOUTH"]);
        AriaSort(0).ShouldBe("none");
        AriaSort(2).ShouldBeNull(); // not sortable: no button, no aria-sort
        table.FindAll("thead th")[2].QuerySelector("button").ShouldBeNull();

        await table.FindAll("thead th button")[0].ClickAsync(new());
        Codes().ShouldBe(["EAST", "NORTH", "SOUTH"]);
        AriaSort(0).ShouldBe("ascending");

        await table.FindAll("thead th button")[0].ClickAsync(new());
        Codes().ShouldBe(["SOUTH", "NORTH", "EAST"]);
        AriaSort(0).ShouldBe("descending");

        await table.FindAll("thead th button")[1].ClickAsync(new());
        Codes().ShouldBe(["NORTH", "SOUTH", "EAST"]);
        AriaSort(0).ShouldBe("none");
        AriaSort(1).ShouldBe("ascending");

        await table.FindAll("thead th button")[1].ClickAsync(new());
        await table.FindAll("thead th button")[1].ClickAsync(new());
        Codes().ShouldBe(["NORTH", "EAST", "SOUTH"]);
        AriaSort(1).ShouldBe("none");

        table.Find("[data-testid=regions]").ShouldNotBeNull();
        table.FindAll("tfoot td").Select(td => td.TextContent).ShouldBe(["Total", "12", ""]);
        table.FindAll("tbody td")[1].ClassList.ShouldContain("sp-num");
    }

    [Fact]
    public async Task A_long_list_shows_a_page_at_a_time_and_sorting_starts_at_the_first_page()
    {
        await using var context = Components.Create();
        var many = Enumerable.Range(1, 12).Select(i => new Region($"R{i:00}", i)).ToArray();
        var table = context.Render<SortableTable<Region>>(p => p
            .Add(t => t.Items, many)
            .Add(t => t.Columns, Columns(many))
            .Add(t => t.PageSize, 5));

        table.FindAll("tbody tr").Count.ShouldBe(5);
        table.FindAll(".sp-table-pager button").Count.ShouldBeGreaterThan(0); // the pager

        var next = table.FindAll(".sp-table-pager button").First(b => b.TextContent.Trim() == "3");
        await next.ClickAsync(new());
        table.FindAll("tbody tr td:first-child").Select(td => td.TextContent).ShouldBe(["R11", "R12"]);

        await table.FindAll("thead th button")[1].ClickAsync(new());
        await table.FindAll("thead th button")[1].ClickAsync(new());
        table.FindAll("tbody tr td:first-child").Select(td => td.TextContent).ShouldBe(["R12", "R11", "R10", "R09", "R08"]);
    }

    [Fact]
    public async Task An_empty_list_says_so_and_has_no_footer()
    {
        await using var context = Components.Create();
        var table = context.Render<SortableTable<Region>>(p => p
            .Add(t => t.Items, [])
            .Add(t => t.Columns, Columns([]))
            .Add(t => t.Empty, (RenderFragment)(b => b.AddContent(0, "No regions yet."))));

        table.Find("tbody td").TextContent.ShouldBe("No regions yet.");
        table.Find("tbody td").GetAttribute("colspan").ShouldBe("3");
        table.FindAll("tfoot").ShouldBeEmpty();
        table.FindAll(".sp-table-pager").ShouldBeEmpty();
    }
}
