using Microsoft.AspNetCore.Components;

namespace SalesPlanning.Web.Components.Shared.Ui;

/// <summary>
/// A column of a <see cref="SortableTable{TItem}"/>: its header, what a cell shows, and optionally the value it
/// sorts by, the footer cell, right alignment for figures and a minimum width (which keeps amounts whole on a
/// phone: the table scrolls inside its box instead).
/// </summary>
public sealed record TableColumn<TItem>(string Title, RenderFragment<TItem> Cell)
{
    public Func<TItem, object?>? SortBy { get; init; }

    public RenderFragment? Footer { get; init; }

    public bool Numeric { get; init; }

    public string? MinWidth { get; init; }
}
