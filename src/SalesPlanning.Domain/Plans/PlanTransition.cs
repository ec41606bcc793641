namespace SalesPlanning.Domain.Plans;

/// <summary>One step of a plan's workflow: who moved it from which status to which, when, and why.</summary>
public sealed class PlanTransition
{
    internal PlanTransition(Guid planId, PlanStatus? from, PlanStatus to, Guid actorId, DateTimeOffset at, string? comment)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        From = from;
        To = to;
        ActorId = actorId;
        At = at;
        Comment = comment;
    }

    // For EF Core.
    private PlanTransition()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    /// <summary>Null for the plan's creation.</summary>
    public PlanStatus? From { get; private set; }

    public PlanStatus To { get; private set; }

    public Guid ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Comment { get; private set; }
}
