namespace SalesPlanning.Application.Notifications;

/// <summary>
/// What a notification tells (issue 15). Stored by name: never rename a member. Each kind has its text
/// in Web/Localization ("Notification_" + the name) and a per-user choice of e-mail.
/// </summary>
public enum NotificationKind
{
    /// <summary>A manager submitted a plan: to the directors.</summary>
    PlanSubmitted,

    /// <summary>A director returned a plan, with the comment: to the region's manager.</summary>
    PlanReturned,

    /// <summary>A director approved a plan: to the region's manager.</summary>
    PlanApproved,

    /// <summary>A submitted plan passed its review deadline: to the directors and the region's manager.</summary>
    PlanReviewOverdue,

    /// <summary>A manager submitted the month-end review: to the directors.</summary>
    MonthEndSubmitted,

    /// <summary>A director returned the month-end review: to the region's manager.</summary>
    MonthEndReturned,

    /// <summary>A director signed the month-end review off: to the region's manager.</summary>
    MonthEndSignedOff,

    /// <summary>A rep's last week has no entry by Monday noon: to the rep.</summary>
    WeekNotEntered,

    /// <summary>A rep missed two weeks in a row: to the rep's manager.</summary>
    WeeksNotEnteredByRep,

    /// <summary>An alert of DESIGN §6 was raised: to the rep's manager and the directors, once per alert.</summary>
    AlertRaised,

    /// <summary>A region's targets changed after its plan was approved: to the region's manager.</summary>
    TargetsReopened,
}

public static class NotificationKinds
{
    public static readonly IReadOnlyList<NotificationKind> All = Enum.GetValues<NotificationKind>();

    /// <summary>The kinds a user of these roles can receive, in the order the preferences list them.</summary>
    public static IReadOnlyList<NotificationKind> For(Common.Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return [.. All.Where(kind => kind switch
        {
            NotificationKind.PlanSubmitted or NotificationKind.MonthEndSubmitted => actor.IsDirector,
            NotificationKind.PlanReturned or NotificationKind.PlanApproved or NotificationKind.MonthEndReturned
                or NotificationKind.MonthEndSignedOff or NotificationKind.TargetsReopened or NotificationKind.WeeksNotEnteredByRep => actor.IsManager,
            NotificationKind.PlanReviewOverdue or NotificationKind.AlertRaised => actor.IsDirector || actor.IsManager,
            NotificationKind.WeekNotEntered => actor.IsRep,
            _ => false,
        })];
    }
}
