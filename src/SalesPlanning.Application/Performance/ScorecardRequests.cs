using System.Globalization;
using FluentValidation;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;

namespace SalesPlanning.Application.Performance;

/// <summary>
/// One rep's count targets as sent: whole numbers ≥ 0 (sent as numbers, so that 2.5 is refused with a
/// message rather than failing to bind); null leaves the target unset.
/// </summary>
public sealed record RepTargetsInput(Guid RepId, decimal? NewCustomers, decimal? Visits, decimal? Calls, decimal? Orders, decimal? LostCustomers)
{
    public decimal? For(Kpi kpi) => kpi switch
    {
        Kpi.NewCustomers => NewCustomers,
        Kpi.Visits => Visits,
        Kpi.Calls => Calls,
        Kpi.Orders => Orders,
        Kpi.LostCustomers => LostCustomers,
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, "Not a count KPI."),
    };

    public RepKpiTargets ToTargets() => new(RepId, Whole(NewCustomers), Whole(Visits), Whole(Calls), Whole(Orders), Whole(LostCustomers));

    private static int? Whole(decimal? value) => value is { } v ? (int)v : null;
}

/// <summary>The whole team's count targets of a month, saved at once with the sheet's version as read (0: never saved).</summary>
public sealed record SaveKpiTargets(Guid RegionId, Period Period, IReadOnlyList<RepTargetsInput> Reps, uint Version);

/// <summary>The manager's two scores (0–100, one decimal; null: not scored) and comment of a rep's month, with the version as read (0: never saved).</summary>
public sealed record SaveManualScores(Guid RepId, Period Period, decimal? Conduct, decimal? RequestFollowUp, string? Comment, uint Version);

/// <summary>The company's default KPI weights (admins), with the settings' version as read.</summary>
public sealed record SaveKpiWeights(IReadOnlyList<KpiWeighting> Weights, uint Version);

/// <summary>Shape of <see cref="SaveKpiTargets"/>: each target a whole number from 0 to <see cref="KpiTargetSheet.MaxTarget"/>.</summary>
public sealed class SaveKpiTargetsValidator : AbstractValidator<SaveKpiTargets>
{
    public SaveKpiTargetsValidator()
    {
        RuleFor(r => r.Period).NotNull().WithMessage(ScorecardMessages.PeriodFormat);
        RuleFor(r => r.Reps).NotNull().WithMessage(ScorecardMessages.NotInTeam);
        RuleForEach(r => r.Reps).ChildRules(rep =>
        {
            foreach (var kpi in KpiCatalog.CountTargets)
            {
                rep.RuleFor(r => r.For(kpi)).Must(IsWholeTarget).OverridePropertyName(kpi.ToString())
                    .WithMessage(ScorecardMessages.Encode(ScorecardRules.TargetNotWholeNumber, "0", KpiTargetSheet.MaxTarget.ToString(CultureInfo.InvariantCulture)));
            }
        });
    }

    private static bool IsWholeTarget(decimal? value) => value is not { } v || (v >= 0m && v <= KpiTargetSheet.MaxTarget && decimal.Truncate(v) == v);
}

/// <summary>Shape of <see cref="SaveManualScores"/>: scores 0–100 with at most one decimal, a comment of at most 1,000 characters.</summary>
public sealed class SaveManualScoresValidator : AbstractValidator<SaveManualScores>
{
    public SaveManualScoresValidator()
    {
        RuleFor(r => r.Period).NotNull().WithMessage(ScorecardMessages.PeriodFormat);
        RuleFor(r => r.Conduct).Must(s => s is not { } v || ManualScore.IsValid(v))
            .WithMessage(ScorecardMessages.Encode(ScorecardRules.ScoreOutOfRange, "0", "100"));
        RuleFor(r => r.RequestFollowUp).Must(s => s is not { } v || ManualScore.IsValid(v))
            .WithMessage(ScorecardMessages.Encode(ScorecardRules.ScoreOutOfRange, "0", "100"));
        RuleFor(r => r.Comment).Must(c => c is null || c.Trim().Length <= ManualScore.CommentMaxLength)
            .WithMessage(ScorecardMessages.Encode(ScorecardRules.CommentTooLong, "1000"));
    }
}

/// <summary>
/// Message keys of scorecards (SharedResource*.resx). A rule problem becomes "ScorecardRule_&lt;Code&gt;|arg…",
/// keyed by its field; the web layer shows it in the user's language.
/// </summary>
public static class ScorecardMessages
{
    public const string Conflict = "Scorecard_Conflict";
    public const string MonthFrozen = "Scorecard_MonthFrozen";
    public const string NotInTeam = "Scorecard_NotInTeam";
    public const string NoRegion = "Scorecard_NoRegion";
    public const string PeriodFormat = "Error_PeriodFormat";

    public static string Encode(string code, params string[] args) => string.Join('|', [$"ScorecardRule_{code}", .. args]);

    public static Dictionary<string, string[]> Errors(IEnumerable<ScorecardProblem> problems) =>
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => Encode(p.Code, [.. p.Args])).ToArray());
}
