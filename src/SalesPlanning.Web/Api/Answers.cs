using SalesPlanning.Domain.Plans;

namespace SalesPlanning.Web.Api;

// The small answers of writes, named so that OpenAPI gives each a schema of its own (anonymous types with one
// member of the same type would share one schema name there). Each is written as it always was: {"version":7} …

/// <summary>The saved thing's new version: send it with the next change (409 if it changed meanwhile).</summary>
internal sealed record VersionAnswer(uint Version);

/// <summary>A person's new version (their concurrency stamp): send it with the next change.</summary>
internal sealed record UserVersionAnswer(string Version);

/// <summary>The id of what was created, changed or deleted.</summary>
internal sealed record IdAnswer(Guid Id);

/// <summary>How many locked targets a re-opening unlocked.</summary>
internal sealed record ReopenedAnswer(int Reopened);

/// <summary>The number of the incentive plan version saved.</summary>
internal sealed record PlanNumberAnswer(int Number);

/// <summary>The person whose grade was set.</summary>
internal sealed record GradeAnswer(Guid UserId);

/// <summary>A plan's status after a workflow step.</summary>
internal sealed record PlanStatusAnswer(PlanStatus Status);

/// <summary>How many of the caller's notifications are unread.</summary>
internal sealed record UnreadAnswer(int Unread);

/// <summary>How many notifications were marked read.</summary>
internal sealed record MarkedAnswer(int Marked);

/// <summary>The notification is read.</summary>
internal sealed record ReadAnswer(bool Read);

/// <summary>The mail is queued again.</summary>
internal sealed record QueuedAnswer(bool Queued);
