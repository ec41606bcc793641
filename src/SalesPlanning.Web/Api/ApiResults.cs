using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Common;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Api;

/// <summary>
/// Maps a service <see cref="Result{T}"/> to HTTP: problem details (RFC 7807) for every failure,
/// with messages in the caller's language (Accept-Language or the culture cookie).
/// </summary>
internal static class ApiResults
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, object>? shape = null) =>
        result.IsOk ? Results.Ok(shape is null ? result.Value : shape(result.Value!)) : new LocalizedFailure(result.Status, result.Errors);

    public static IResult BadRequest(string field, string message) =>
        new LocalizedFailure(ResultStatus.Invalid, new Dictionary<string, string[]> { [field] = [message] });

    public static IResult NotFound() => new LocalizedFailure(ResultStatus.NotFound, new Dictionary<string, string[]>());

    private sealed class LocalizedFailure(ResultStatus status, IReadOnlyDictionary<string, string[]> errors) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var localizer = httpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var messages = localizer.Localize(errors);
            IResult result = status switch
            {
                ResultStatus.Invalid => Results.ValidationProblem(messages),
                ResultStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound),
                ResultStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden),
                ResultStatus.Conflict => Results.Problem(detail: string.Join(" ", messages.SelectMany(e => e.Value)), statusCode: StatusCodes.Status409Conflict),
                _ => Results.Problem(statusCode: StatusCodes.Status500InternalServerError),
            };
            return result.ExecuteAsync(httpContext);
        }
    }
}
