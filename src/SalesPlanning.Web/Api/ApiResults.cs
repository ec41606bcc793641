using SalesPlanning.Application.Common;

namespace SalesPlanning.Web.Api;

/// <summary>Maps a service <see cref="Result{T}"/> to HTTP: problem details (RFC 7807) for every failure.</summary>
internal static class ApiResults
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, object>? shape = null) => result.Status switch
    {
        ResultStatus.Ok => Results.Ok(shape is null ? result.Value : shape(result.Value!)),
        ResultStatus.Invalid => Results.ValidationProblem(result.Errors.ToDictionary(kv => kv.Key, kv => kv.Value)),
        ResultStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound),
        ResultStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden),
        ResultStatus.Conflict => Results.Problem(
            detail: string.Join(" ", result.Errors.SelectMany(e => e.Value)), statusCode: StatusCodes.Status409Conflict),
        _ => Results.Problem(statusCode: StatusCodes.Status500InternalServerError),
    };

    public static IResult BadRequest(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
