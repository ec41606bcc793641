using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Targets;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Components.Pages.Targets;

/// <summary>
/// A breakdown as its editor holds it while the user types: each member's amount and share kept in step (a
/// share gives the amount rounded to the metric's decimals, an amount gives the share), the message of a bad
/// amount at its row, the allocated total and the remainder, and after a refused stale save the amounts saved by
/// someone else beside the user's own.
/// </summary>
public sealed class AllocationEdit
{
    private readonly IStringLocalizer<SharedResource> text;

    public AllocationEdit(BreakdownView view, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(view);
        this.text = text;
        View = view;
        var chinese = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
        Rows = view.Lines.Select(l => new AllocationRow
        {
            MemberId = l.MemberId,
            Code = l.Code,
            Name = chinese ? l.NameZh : l.NameEn,
            IsActive = l.IsActive,
            LastMonth = l.LastMonthActual,
            LastYear = l.LastYearActual,
            Latest = l.Amount,
        }).ToList();
        foreach (var (row, line) in Rows.Zip(view.Lines))
        {
            SetAmount(row, line.Amount);
        }
    }

    /// <summary>The breakdown as last read: the parent amount, the metric, the version a save must match.</summary>
    public BreakdownView View { get; private set; }

    public IReadOnlyList<AllocationRow> Rows { get; }

    public decimal Allocated => Rows.Sum(r => r.Amount ?? 0m);

    /// <summary>What is left to allocate; negative when more than the parent's amount is allocated.</summary>
    public decimal Unallocated => View.ParentAmount - Allocated;

    /// <summary>The allocated total as a share of the parent's amount; none when the parent's amount is 0.</summary>
    public decimal? AllocatedShare => View.ParentAmount == 0 ? null : Allocated / View.ParentAmount * 100m;

    public bool HasErrors => Rows.Any(r => r.Error is not null);

    /// <summary>What a save sends: the members that have an amount.</summary>
    public IReadOnlyDictionary<Guid, decimal> Amounts => Rows.Where(r => r.Amount is not null).ToDictionary(r => r.MemberId, r => r.Amount!.Value);

    public void SetAmount(AllocationRow row, decimal? amount)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.Amount = amount;
        row.Percent = amount is null || View.ParentAmount == 0 ? null : decimal.Round(amount.Value / View.ParentAmount * 100m, 2);
        row.Error = ProblemWith(amount);
    }

    public void SetShare(AllocationRow row, decimal? percent)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.Percent = percent;
        row.Amount = percent is null ? null : decimal.Round(View.ParentAmount * percent.Value / 100m, View.Decimals, MidpointRounding.AwayFromZero);
        row.Error = ProblemWith(row.Amount);
    }

    /// <summary>The split helpers' suggestion: members it names get its amount, others 0 (inactive ones nothing).</summary>
    public void Suggest(IReadOnlyDictionary<Guid, decimal> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        foreach (var row in Rows)
        {
            SetAmount(row, amounts.TryGetValue(row.MemberId, out var amount) ? amount : row.IsActive ? 0m : null);
        }
    }

    /// <summary>The save went through: what was typed is now what is saved, under the new version.</summary>
    public void Saved(uint version)
    {
        View = View with { Version = version };
        foreach (var row in Rows)
        {
            row.Latest = row.Amount;
        }
    }

    /// <summary>Someone saved first: keep the user's input, show theirs beside it, and take their version.</summary>
    public void ShowLatest(BreakdownView latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        View = latest;
        foreach (var row in Rows)
        {
            row.Latest = latest.Lines.FirstOrDefault(l => l.MemberId == row.MemberId)?.Amount;
            SetAmount(row, row.Amount);
        }
    }

    /// <summary>A message from the server for a member (keyed by its id); false when the key names no member.</summary>
    public bool TryShowError(string key, string message)
    {
        var row = Rows.FirstOrDefault(r => r.MemberId.ToString() == key);
        if (row is null)
        {
            return false;
        }

        row.Error = message;
        return true;
    }

    private string? ProblemWith(decimal? amount) =>
        amount is { } a && TargetMessages.AmountProblem(View.Metric, a) is { } key ? text[key].Value : null;
}

/// <summary>One member's line of an <see cref="AllocationEdit"/>.</summary>
public sealed class AllocationRow
{
    public Guid MemberId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public bool IsActive { get; init; }
    public decimal? LastMonth { get; init; }
    public decimal? LastYear { get; init; }
    public decimal? Amount { get; set; }
    public decimal? Percent { get; set; }

    /// <summary>The amount saved last (after a refused stale save: the other person's).</summary>
    public decimal? Latest { get; set; }

    public string? Error { get; set; }
}
