using SalesPlanning.Domain.Plans;

namespace SalesPlanning.Application.Plans;

/// <summary>
/// Messages of the plan services. A rule problem becomes "PlanRule_&lt;Code&gt;|arg|arg…": the web layer
/// looks the key up in the user's language and fills in the arguments (which may be keys themselves,
/// such as "Metric_SalesAmount"). Errors are keyed "&lt;Section&gt;" or "&lt;Section&gt;.&lt;Field&gt;".
/// </summary>
public static class PlanMessages
{
    public const string NotEditable = "Plan_NotEditable";
    public const string WrongStatus = "Plan_WrongStatus";
    /// <summary>The plan changed since it was read (a workflow step, or a save that touched the plan).</summary>
    public const string Conflict = "Plan_Conflict";

    /// <summary>The section changed since it was read.</summary>
    public const string SectionConflict = "Plan_SectionConflict";
    public const string CommentRequired = "Error_CommentRequired";
    public const string UnreadableContent = "Plan_UnreadableContent";

    public static string Encode(PlanProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        // A missing narrative is named by its field's label ("Plan_Highlights", …).
        var args = problem.Code == PlanRules.NarrativeMissing ? [$"Plan_{problem.Field}"] : problem.Args.Select(Argument);
        return string.Join('|', [$"PlanRule_{problem.Code}", .. args]);
    }

    public static string FieldKey(PlanProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        // A review comment belongs to the transition, not to a section.
        return problem.Field switch
        {
            "" => problem.Section.ToString(),
            "Comment" => "comment",
            _ => $"{problem.Section}.{problem.Field}",
        };
    }

    public static Dictionary<string, string[]> Errors(IEnumerable<PlanProblem> problems) =>
        problems.GroupBy(FieldKey).ToDictionary(g => g.Key, g => g.Select(Encode).ToArray());

    // Metric and dimension names are shown in the user's language.
    private static string Argument(string value) =>
        Enum.TryParse<Domain.Targets.Metric>(value, out _) && !int.TryParse(value, out _) ? $"Metric_{value}"
        : Enum.TryParse<Domain.Targets.Dimension>(value, out _) && !int.TryParse(value, out _) ? $"Dimension_{value}"
        : value;
}
