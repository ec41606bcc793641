namespace SalesPlanning.Domain.Reviews;

/// <summary>
/// The narrative of a month-end review (DESIGN §7, seed 001): what worked, what did not, its causes
/// split into controllable (可控) and uncontrollable (不可控), and improvements for next month.
/// Empty strings while not written.
/// </summary>
public sealed record ReviewNarrativeText(
    string WhatWorked, string WhatDidNot, string ControllableCauses, string UncontrollableCauses, string Improvements)
{
    /// <summary>The limit of every narrative field.</summary>
    public const int MaxLength = 4000;

    public static ReviewNarrativeText Empty { get; } = new("", "", "", "", "");

    /// <summary>Trimmed, nulls as empty.</summary>
    public ReviewNarrativeText Normalised() =>
        new(Clean(WhatWorked), Clean(WhatDidNot), Clean(ControllableCauses), Clean(UncontrollableCauses), Clean(Improvements));

    /// <summary>Fields longer than <see cref="MaxLength"/>.</summary>
    public IReadOnlyList<ReviewProblem> LengthProblems() =>
        [.. Fields().Where(f => f.Value.Length > MaxLength)
            .Select(f => new ReviewProblem(f.Name, ReviewRules.TooLong, [MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)]))];

    /// <summary>What submitting needs: what worked, what did not, at least one kind of cause, and improvements.</summary>
    public IReadOnlyList<ReviewProblem> MissingProblems()
    {
        var problems = new List<ReviewProblem>();
        Require(problems, nameof(WhatWorked), WhatWorked);
        Require(problems, nameof(WhatDidNot), WhatDidNot);
        if (string.IsNullOrWhiteSpace(ControllableCauses) && string.IsNullOrWhiteSpace(UncontrollableCauses))
        {
            problems.Add(new ReviewProblem(nameof(ControllableCauses), ReviewRules.CausesRequired));
        }

        Require(problems, nameof(Improvements), Improvements);
        return problems;
    }

    private IEnumerable<(string Name, string Value)> Fields() =>
    [
        (nameof(WhatWorked), WhatWorked ?? ""),
        (nameof(WhatDidNot), WhatDidNot ?? ""),
        (nameof(ControllableCauses), ControllableCauses ?? ""),
        (nameof(UncontrollableCauses), UncontrollableCauses ?? ""),
        (nameof(Improvements), Improvements ?? ""),
    ];

    private static void Require(List<ReviewProblem> problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new ReviewProblem(field, ReviewRules.Required));
        }
    }

    private static string Clean(string? value) => value?.Trim() ?? "";
}
