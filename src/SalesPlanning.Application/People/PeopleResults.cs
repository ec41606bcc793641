using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.People;

/// <summary>How the people services save and answer refusals.</summary>
internal static class PeopleResults
{
    /// <summary>Saves; a unique e-mail taken meanwhile, or a row that still refers to a deleted user, is a conflict too.</summary>
    public static async Task<Result<bool>?> SaveAsync(ISalesPlanningDb db, CancellationToken cancellationToken) =>
        (await db.TrySaveChangesAsync(cancellationToken)).AsConflict<bool>(PeopleMessages.Conflict);

    public static Dictionary<string, string[]> ByField(IEnumerable<UserProblem> problems) =>
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());

    public static Result<T> Invalid<T>(string field, string message) =>
        Result<T>.Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
