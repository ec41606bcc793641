using System.Globalization;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Domain.Plans;

/// <summary>Collects the problems of one section's content, field by field.</summary>
internal sealed class SectionChecks(PlanSection section, Period period)
{
    private readonly List<PlanProblem> _problems = [];

    public IReadOnlyList<PlanProblem> Problems => _problems;

    public Period Period => period;

    public void Add(string field, string code, params string[] args) => _problems.Add(new PlanProblem(section, field, code, args));

    /// <summary>Optional text: only its length is checked.</summary>
    public void Text(string field, string? value, int maxLength = PlanLimits.LongText)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, PlanRules.TooLong, Invariant(maxLength));
        }
    }

    public void RequiredText(string field, string? value, int maxLength = PlanLimits.ShortText)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, PlanRules.Required);
        }
        else
        {
            Text(field, value, maxLength);
        }
    }

    public void Amount(string field, Metric metric, decimal? amount)
    {
        if (amount is not { } value)
        {
            return;
        }

        // The amount rule is the metric's (MetricRules.Check); the plan's codes are the same names.
        switch (MetricRules.Check(metric, value))
        {
            case null:
                break;
            case AmountRules.TooLarge:
                Add(field, PlanRules.TooLarge, MetricRules.Format(metric, MetricRules.MaxAmount(metric)));
                break;
            case { } code:
                Add(field, code);
                break;
        }
    }

    public void InPeriod(string field, DateOnly? date)
    {
        if (date is { } day && !period.Contains(day))
        {
            Add(field, PlanRules.OutsidePeriod, period.ToString());
        }
    }

    /// <summary>
    /// A date that may lie outside the month (a due date, a date a resource is needed by), but not
    /// further than <see cref="PlanLimits.WindowYears"/> either side of it: 0001-01-01 is a mistake, not a plan.
    /// </summary>
    public void NearPeriod(string field, DateOnly? date)
    {
        var from = period.FirstDay.AddYears(-PlanLimits.WindowYears);
        var to = period.LastDay.AddYears(PlanLimits.WindowYears);
        if (date is { } day && (day < from || day > to))
        {
            Add(field, PlanRules.OutsideWindow, Iso(from), Iso(to));
        }
    }

    public void Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(field, PlanRules.OutOfRange, Invariant(min), Invariant(max));
        }
    }

    public void Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, PlanRules.UnknownOption);
        }
    }

    public void Count<T>(string field, IReadOnlyCollection<T> items, int max)
    {
        if (items.Count > max)
        {
            Add(field, PlanRules.TooManyItems, Invariant(max));
        }
    }

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Limits of plan content, shared by the domain, validators and pages.</summary>
public static class PlanLimits
{
    /// <summary>Narrative fields (e.g. highlights, the target basis).</summary>
    public const int LongText = 4000;

    /// <summary>Descriptions in list items.</summary>
    public const int ItemText = 1000;

    /// <summary>Names, owners, places.</summary>
    public const int ShortText = 200;

    /// <summary>Items in any one list of a section.</summary>
    public const int MaxItems = 200;

    /// <summary>Likelihood and impact of a risk are scored 1 (low) to 5 (high).</summary>
    public const int MaxRiskScore = 5;

    /// <summary>Dates outside the month (due dates, needed-by dates) lie at most this many years before or after it.</summary>
    public const int WindowYears = 1;

    /// <summary>Return comments.</summary>
    public const int Comment = 4000;
}
