using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.Infrastructure.Persistence;

/// <summary>
/// Applies <see cref="PlainText"/> to every text parameter of every command EF Core sends: what is
/// saved (entities, Identity's users, the audit trail, jsonb plan sections) and what is searched by.
/// Whatever page, endpoint or import the text came from, a NUL never reaches PostgreSQL (ADR 0007).
/// </summary>
internal sealed class PlainTextParameters : DbCommandInterceptor
{
    public static readonly PlainTextParameters Instance = new();

    private PlainTextParameters()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    private static void Clean(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            switch (parameter.Value)
            {
                case string text when IsJson(parameter):
                    parameter.Value = PlainText.CleanJson(text);
                    break;
                case string text:
                    parameter.Value = PlainText.Clean(text);
                    break;
                case string[] texts when texts.Any(PlainText.HasForbidden):
                    parameter.Value = texts.Select(PlainText.Clean).ToArray();
                    break;
                case List<string> texts when texts.Any(PlainText.HasForbidden):
                    parameter.Value = texts.Select(PlainText.Clean).ToList();
                    break;
            }
        }
    }

    private static bool IsJson(DbParameter parameter) =>
        parameter is NpgsqlParameter { NpgsqlDbType: NpgsqlDbType.Jsonb or NpgsqlDbType.Json }
        || parameter is NpgsqlParameter { DataTypeName: "jsonb" or "json" };
}
