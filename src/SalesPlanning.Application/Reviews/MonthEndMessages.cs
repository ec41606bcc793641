using SalesPlanning.Domain.Reviews;

namespace SalesPlanning.Application.Reviews;

/// <summary>
/// Messages of the month-end review. A rule problem becomes "MonthEndRule_&lt;Code&gt;|arg…", keyed by
/// its field; the web layer shows the key in the user's language.
/// </summary>
public static class MonthEndMessages
{
    public const string NotEditable = "MonthEnd_NotEditable";
    public const string WrongStatus = "MonthEnd_WrongStatus";
    public const string PlanNotApproved = "MonthEnd_PlanNotApproved";
    public const string Conflict = "MonthEnd_Conflict";

    public static string Encode(ReviewProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return string.Join('|', [$"MonthEndRule_{problem.Code}", .. problem.Args]);
    }

    public static Dictionary<string, string[]> Errors(IEnumerable<ReviewProblem> problems) =>
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(Encode).ToArray());
}
