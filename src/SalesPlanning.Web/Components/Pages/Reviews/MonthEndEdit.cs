using SalesPlanning.Application.Common;
using SalesPlanning.Application.Reviews;
using SalesPlanning.Domain.Reviews;
using SalesPlanning.Domain.Targets;
using SalesPlanning.Web.Components.Shared.Ui;

namespace SalesPlanning.Web.Components.Pages.Reviews;

/// <summary>
/// The month-end review page's state and decisions, beside the page (as <c>WeekEdit</c> is for My weeks): the
/// review shown, the narrative as typed, the checklist of what submitting needs, and where a refusal is told —
/// each field's message beside it and, with the field's name, in the list at the top. Message keys only; the page
/// shows them in the user's language.
/// </summary>
public sealed class MonthEndEdit
{
    /// <summary>The message after a refused save that named fields (the fields are below the figures, far from the list).</summary>
    public const string FixFields = "Plan_FixFields";

    private static readonly string[] NoMessages = [];

    public MonthEndView? View { get; private set; }

    /// <summary>The reader may not see this review.</summary>
    public bool Forbidden { get; private set; }

    /// <summary>Why the review could not be opened (message keys: not a month, not found, refused); null once it is open.</summary>
    public IReadOnlyList<string>? Failure { get; private set; }

    public string WhatWorked { get; set; } = "";

    public string WhatDidNot { get; set; } = "";

    public string Controllable { get; set; } = "";

    public string Uncontrollable { get; set; } = "";

    public string Improvements { get; set; } = "";

    /// <summary>The metric the figures by rep and by product show.</summary>
    public Metric Metric { get; set; } = Metric.SalesAmount;

    /// <summary>A save or a step is under way: the buttons wait.</summary>
    public bool Busy { get; private set; }

    /// <summary>Someone else saved since this review was read: the user keeps theirs or takes the other save.</summary>
    public bool Conflict { get; private set; }

    /// <summary>The messages (keys) of the last refusal by field ("" for the review as a whole).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The list at the top: the review's own messages, then each field's with the field's label, then <see cref="FixFields"/> after a save.</summary>
    public IReadOnlyList<ProblemLine> General { get; private set; } = [];

    /// <summary>The page's month is not a month (yyyy-MM).</summary>
    public void NotAMonth() => Failure = ["Error_PeriodFormat"];

    /// <summary>Takes the review as first read: shown with its text, or why it cannot be.</summary>
    public void Opened(Result<MonthEndView> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Forbidden = result.Status == ResultStatus.Forbidden;
        Failure = result.Status switch
        {
            ResultStatus.NotFound => ["NotFound_Text"],
            ResultStatus.Invalid => result.Errors.SelectMany(e => e.Value).DefaultIfEmpty("Error_Generic").ToList(),
            _ => null,
        };
        if (result.IsOk)
        {
            Show(result.Value!, withText: true);
        }
    }

    /// <summary>Takes the review read again after a save or a step; a failed read keeps what is shown.</summary>
    public void Reloaded(Result<MonthEndView> result, bool withText)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsOk)
        {
            Show(result.Value!, withText);
        }
    }

    /// <summary>Shows a review read from the service; with its text (on opening, after a step, taking the other save) or keeping what is typed (after a save).</summary>
    public void Show(MonthEndView loaded, bool withText)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        View = loaded;
        if (withText)
        {
            var n = loaded.Narrative;
            (WhatWorked, WhatDidNot, Controllable, Uncontrollable, Improvements) =
                (n.WhatWorked, n.WhatDidNot, n.ControllableCauses, n.UncontrollableCauses, n.Improvements);
        }
    }

    /// <summary>The text as typed, to save over the version shown.</summary>
    public SaveMonthEndNarrative SaveRequest() =>
        new(Shown.PlanId, WhatWorked, WhatDidNot, Controllable, Uncontrollable, Improvements, Shown.Version);

    /// <summary>Each thing submitting needs and whether the text typed so far has it (the domain's rule); the month must have ended too.</summary>
    public IReadOnlyList<ChecklistItem> Checklist()
    {
        var missing = new ReviewNarrativeText(WhatWorked, WhatDidNot, Controllable, Uncontrollable, Improvements).MissingProblems()
            .Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        return
        [
            new("worked", "MonthEnd_WhatWorked", !missing.Contains(nameof(ReviewNarrativeText.WhatWorked))),
            new("did-not", "MonthEnd_WhatDidNot", !missing.Contains(nameof(ReviewNarrativeText.WhatDidNot))),
            new("causes", "MonthEnd_ChecklistCauses", !missing.Contains(nameof(ReviewNarrativeText.ControllableCauses))),
            new("improvements", "MonthEnd_Improvements", !missing.Contains(nameof(ReviewNarrativeText.Improvements))),
            new("month-ended", "MonthEnd_ChecklistMonthEnded", Shown.MonthEnded),
        ];
    }

    /// <summary>The messages (keys) at a narrative field; empty when it has none.</summary>
    public IReadOnlyList<string> MessagesAt(string field) => Errors.TryGetValue(field, out var messages) ? messages : NoMessages;

    /// <summary>
    /// Takes a save's or a step's result: clears the last refusal, then keeps this one where it belongs. "Fix the
    /// fields" only when saving failed at fields: a refused submit has saved the text first.
    /// </summary>
    public MonthEndOutcome Handle(Result<uint> result, bool saving = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        Errors = new Dictionary<string, string[]>();
        General = [];
        Conflict = false;
        switch (result.Status)
        {
            case ResultStatus.Ok:
                return MonthEndOutcome.Done;
            case ResultStatus.Conflict:
                Conflict = true;
                return MonthEndOutcome.Conflict;
            case ResultStatus.Invalid:
                Errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
                var lines = result.Errors.Where(e => e.Key.Length == 0).SelectMany(e => e.Value).Select(m => new ProblemLine(null, m)).ToList();
                lines.AddRange(result.Errors.Where(e => e.Key.Length > 0).SelectMany(e => e.Value.Select(m => new ProblemLine(LabelOf(e.Key), m))));
                if (saving && result.Errors.Keys.Any(k => k.Length > 0))
                {
                    lines.Add(new ProblemLine(null, FixFields));
                }

                General = lines;
                return MonthEndOutcome.Refused;
            default:
                return MonthEndOutcome.Failed;
        }
    }

    /// <summary>Marks the review busy until the returned scope ends (a step inside a save ends it with its own).</summary>
    public IDisposable Working()
    {
        Busy = true;
        return new WorkDone(this);
    }

    /// <summary>After a conflict the user takes the other save: the warning goes (the page reads the review again with its text).</summary>
    public void TakeTheirs() => Conflict = false;

    /// <summary>The label (key) of a narrative field, as the list at the top names it; null for any other field.</summary>
    public static string? LabelOf(string field) => field switch
    {
        nameof(ReviewNarrativeText.WhatWorked) => "MonthEnd_WhatWorked",
        nameof(ReviewNarrativeText.WhatDidNot) => "MonthEnd_WhatDidNot",
        nameof(ReviewNarrativeText.ControllableCauses) => "MonthEnd_Controllable",
        nameof(ReviewNarrativeText.UncontrollableCauses) => "MonthEnd_Uncontrollable",
        nameof(ReviewNarrativeText.Improvements) => "MonthEnd_Improvements",
        _ => null,
    };

    public static StatusTone ToneOf(ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => StatusTone.Info,
        ReviewStatus.Submitted => StatusTone.Attention,
        ReviewStatus.Returned => StatusTone.Problem,
        ReviewStatus.SignedOff => StatusTone.Good,
        _ => StatusTone.Neutral,
    };

    private MonthEndView Shown => View ?? throw new InvalidOperationException("Show a review first.");

    private sealed class WorkDone(MonthEndEdit edit) : IDisposable
    {
        public void Dispose() => edit.Busy = false;
    }
}

/// <summary>What became of a save or a step.</summary>
public enum MonthEndOutcome
{
    Done,

    /// <summary>Refused by a rule: the messages are at their fields and in the list.</summary>
    Refused,

    /// <summary>Someone else saved meanwhile.</summary>
    Conflict,

    /// <summary>Not found, forbidden or otherwise failed: the page tells what the service said.</summary>
    Failed,
}

/// <summary>A line of the list at the top: a message (key), with the label (key) of the field it concerns, if any.</summary>
public sealed record ProblemLine(string? LabelKey, string Message);

/// <summary>A thing submitting needs: its test id, its label (key) and whether it is done.</summary>
public sealed record ChecklistItem(string Key, string LabelKey, bool Done);
