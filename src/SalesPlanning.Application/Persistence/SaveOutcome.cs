using SalesPlanning.Application.Common;

namespace SalesPlanning.Application.Persistence;

/// <summary>
/// How a save ended: stored, or refused by the database for one of the reasons a use case answers
/// (<see cref="ISalesPlanningDb.TrySaveChangesAsync"/>). Which database error means which is decided
/// once, in Infrastructure; no use case knows the database's error codes.
/// </summary>
public enum SaveOutcome
{
    Saved,

    /// <summary>A row was changed or deleted by someone else since it was read (its version moved on).</summary>
    Conflict,

    /// <summary>A unique key is taken: usually the same thing created by two requests at the same moment.</summary>
    Duplicate,

    /// <summary>A row is still referred to, or refers to one that is gone (a foreign key).</summary>
    InUse,
}

public static class SaveOutcomes
{
    /// <summary>
    /// The failure a use case returns for a refused save, a conflict with <paramref name="message"/>
    /// whatever the reason; null when saved.
    /// </summary>
    public static Result<T>? AsConflict<T>(this SaveOutcome outcome, string message) =>
        outcome == SaveOutcome.Saved ? null : Result<T>.Conflict(message);
}
