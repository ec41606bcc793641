using System.Globalization;
using SalesPlanning.Domain.Incentives;

namespace SalesPlanning.Web.Components.Pages.Incentives;

/// <summary>
/// The incentive plan's terms as the director types them: text per number (parsed on save, so a slip is shown at
/// its field, not lost), the grades' tier rows to add and remove, and the messages per field. Fields are named as
/// the server names them ("Grades[2].Tiers[1].FromPercent", "HeadShare"), so its messages land on the same inputs.
/// </summary>
public sealed class PlanEdit
{
    public const string NotANumber = "Progress_NotANumber";

    /// <summary>The plan-wide percentages, in the order the form shows them.</summary>
    public static readonly IReadOnlyList<string> Rates =
    [
        nameof(IncentiveTerms.BaseFloorPercent), nameof(IncentiveTerms.UpTo3MonthsFactor), nameof(IncentiveTerms.From3To6MonthsFactor),
        nameof(IncentiveTerms.Over6MonthsFactor), nameof(IncentiveTerms.PoolRate), nameof(IncentiveTerms.HeadShare), nameof(IncentiveTerms.RepsShare),
        nameof(IncentiveTerms.NonSalesShare), nameof(IncentiveTerms.QuarterBestShare), nameof(IncentiveTerms.ExcessRate), nameof(IncentiveTerms.HoldbackPercent),
    ];

    /// <summary>The pool's four shares, which must add up to 100.</summary>
    public static readonly IReadOnlyList<string> Shares =
        [nameof(IncentiveTerms.HeadShare), nameof(IncentiveTerms.RepsShare), nameof(IncentiveTerms.NonSalesShare), nameof(IncentiveTerms.QuarterBestShare)];

    public PlanEdit(IncentiveTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Values[nameof(IncentiveTerms.BaseFloorPercent)] = Text(terms.BaseFloorPercent);
        Values[nameof(IncentiveTerms.UpTo3MonthsFactor)] = Text(terms.UpTo3MonthsFactor);
        Values[nameof(IncentiveTerms.From3To6MonthsFactor)] = Text(terms.From3To6MonthsFactor);
        Values[nameof(IncentiveTerms.Over6MonthsFactor)] = Text(terms.Over6MonthsFactor);
        Values[nameof(IncentiveTerms.PoolRate)] = Text(terms.PoolRate);
        Values[nameof(IncentiveTerms.HeadShare)] = Text(terms.HeadShare);
        Values[nameof(IncentiveTerms.RepsShare)] = Text(terms.RepsShare);
        Values[nameof(IncentiveTerms.NonSalesShare)] = Text(terms.NonSalesShare);
        Values[nameof(IncentiveTerms.QuarterBestShare)] = Text(terms.QuarterBestShare);
        Values[nameof(IncentiveTerms.ExcessRate)] = Text(terms.ExcessRate);
        Values[nameof(IncentiveTerms.HoldbackPercent)] = Text(terms.HoldbackPercent);
        Grades = [.. terms.Grades.Select(g => new GradeEdit(g.Grade, Text(g.BasePay), [.. g.Tiers.Select(t => new TierEdit(Text(t.FromPercent), t.ToPercent is { } to ? Text(to) : "", Text(t.Rate)))]))];
    }

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public List<GradeEdit> Grades { get; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The shares as typed, added up (null while one is not a number).</summary>
    public decimal? ShareSum
    {
        get
        {
            decimal sum = 0m;
            foreach (var share in Shares)
            {
                if (!TryNumber(Values[share], out var value))
                {
                    return null;
                }

                sum += value;
            }

            return sum;
        }
    }

    public static string GradeField(int grade, string field) => string.Create(CultureInfo.InvariantCulture, $"Grades[{grade}].{field}");

    public static string TierField(int grade, int tier, string field) => string.Create(CultureInfo.InvariantCulture, $"Grades[{grade}].Tiers[{tier}].{field}");

    public void AddTier(int grade)
    {
        var tiers = Grades[grade].Tiers;
        var from = tiers.Count == 0 ? "0" : tiers[^1].To;
        if (tiers.Count > 0 && tiers[^1].To.Length == 0)
        {
            // The open last row gets an end so the new row can follow it.
            from = TryNumber(tiers[^1].From, out var start) ? Text(start + 20m) : "";
            tiers[^1].To = from;
        }

        tiers.Add(new TierEdit(from, "", tiers.Count == 0 ? "0" : tiers[^1].Rate));
    }

    public void RemoveTier(int grade, int tier)
    {
        var tiers = Grades[grade].Tiers;
        tiers.RemoveAt(tier);
        if (tiers.Count > 0 && tier == tiers.Count)
        {
            // The last row removed: the one before it is open again.
            tiers[^1].To = "";
        }

        Errors.Clear();
    }

    /// <summary>The terms to save, or null when a field is not a number (the message is then at the field).</summary>
    public IncentiveTerms? ToTerms()
    {
        Errors.Clear();
        var rates = Rates.ToDictionary(f => f, f => Number(f, Values[f]), StringComparer.Ordinal);
        var grades = new List<GradeTerms>();
        for (var g = 0; g < Grades.Count; g++)
        {
            var grade = Grades[g];
            var basePay = grade.Grade.HasBasePay() ? Number(GradeField(g, nameof(GradeTerms.BasePay)), grade.BasePay) : 0m;
            var tiers = new List<CommissionTier>();
            for (var t = 0; t < grade.Tiers.Count; t++)
            {
                var row = grade.Tiers[t];
                var from = Number(TierField(g, t, nameof(CommissionTier.FromPercent)), row.From);
                var to = row.To.Trim().Length == 0 ? null : Number(TierField(g, t, nameof(CommissionTier.ToPercent)), row.To);
                var rate = Number(TierField(g, t, nameof(CommissionTier.Rate)), row.Rate);
                tiers.Add(new CommissionTier(from ?? 0m, to, rate ?? 0m));
            }

            grades.Add(new GradeTerms(grade.Grade, basePay ?? 0m, tiers));
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        return new IncentiveTerms(grades, rates[nameof(IncentiveTerms.BaseFloorPercent)]!.Value, rates[nameof(IncentiveTerms.UpTo3MonthsFactor)]!.Value,
            rates[nameof(IncentiveTerms.From3To6MonthsFactor)]!.Value, rates[nameof(IncentiveTerms.Over6MonthsFactor)]!.Value, rates[nameof(IncentiveTerms.PoolRate)]!.Value,
            rates[nameof(IncentiveTerms.HeadShare)]!.Value, rates[nameof(IncentiveTerms.RepsShare)]!.Value, rates[nameof(IncentiveTerms.NonSalesShare)]!.Value,
            rates[nameof(IncentiveTerms.QuarterBestShare)]!.Value, rates[nameof(IncentiveTerms.ExcessRate)]!.Value, rates[nameof(IncentiveTerms.HoldbackPercent)]!.Value);
    }

    /// <summary>The server's messages at their fields ("Terms." dropped); returns those that belong to no field here.</summary>
    public IReadOnlyList<string> ShowErrors(IReadOnlyDictionary<string, string[]> errors, Func<string, string> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        Errors.Clear();
        var elsewhere = new List<string>();
        foreach (var (key, messages) in errors)
        {
            var field = key.StartsWith("Terms.", StringComparison.Ordinal) ? key["Terms.".Length..] : key;
            var message = string.Join(" ", messages.Select(text));
            if (IsField(field))
            {
                Errors[field] = message;
            }
            else
            {
                elsewhere.Add(message);
            }
        }

        return elsewhere;
    }

    private bool IsField(string field) =>
        Values.ContainsKey(field)
        || Enumerable.Range(0, Grades.Count).Any(g => field == GradeField(g, nameof(GradeTerms.BasePay)) || field == GradeField(g, nameof(GradeTerms.Tiers))
            || Enumerable.Range(0, Grades[g].Tiers.Count).Any(t => field.StartsWith(TierField(g, t, ""), StringComparison.Ordinal)));

    private decimal? Number(string field, string text)
    {
        if (TryNumber(text, out var value))
        {
            return value;
        }

        Errors[field] = NotANumber;
        return null;
    }

    private static bool TryNumber(string? text, out decimal value) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    private static string Text(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>One grade's base pay and tier rows as typed.</summary>
public sealed record GradeEdit(Grade Grade, string BasePayText, List<TierEdit> Tiers)
{
    public string BasePay { get; set; } = BasePayText;
}

/// <summary>One tier row as typed: from %, to % (empty: and above), rate %.</summary>
public sealed class TierEdit(string from, string to, string rate)
{
    public string From { get; set; } = from;
    public string To { get; set; } = to;
    public string Rate { get; set; } = rate;
}
