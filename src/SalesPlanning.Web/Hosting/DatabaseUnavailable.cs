using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SalesPlanning.Web.Hosting;

/// <summary>
/// The one rule for "PostgreSQL cannot be reached right now" (issue 16, faults to survive): the API
/// answers it 503 with <c>Retry-After</c> (<see cref="ApiErrors"/>), a page shows the message and keeps
/// the user's input (<see cref="Components.Shared.ActorPage"/>). Anything else stays an error.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>Seconds a caller should wait before trying again (the <c>Retry-After</c> header).</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// True when <paramref name="exception"/> or one it wraps says the server is unreachable: a socket
    /// or I/O failure or a timeout opening a connection (an <see cref="NpgsqlException"/> Npgsql marks
    /// transient), the server shutting down or starting (57P01–57P03), a connection failure (class 08),
    /// too many connections (53300), or EF Core's retries exhausted on one of these. A serialization
    /// failure or a deadlock is not an outage and is not matched.
    /// </summary>
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres when IsUnavailableState(postgres.SqlState):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException { IsTransient: true }:
                    return true;
                case RetryLimitExceededException retries when Is(retries.InnerException):
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }

    private static bool IsUnavailableState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal)
        || state is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections;
}
