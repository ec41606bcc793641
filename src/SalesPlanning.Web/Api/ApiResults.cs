using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
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

    /// <summary>
    /// As <see cref="ToHttp{T}"/>, for values that carry message keys (import previews and reports):
    /// every "message" member of the answer is shown in the caller's language, as failures' messages are.
    /// </summary>
    public static IResult ToHttpWithMessages<T>(this Result<T> result) =>
        result.IsOk ? new LocalizedMessages(result.Value) : new LocalizedFailure(result.Status, result.Errors);

    public static IResult BadRequest(string field, string message) =>
        new LocalizedFailure(ResultStatus.Invalid, new Dictionary<string, string[]> { [field] = [message] });

    public static IResult NotFound() => new LocalizedFailure(ResultStatus.NotFound, new Dictionary<string, string[]>());

    /// <summary>
    /// The one check of a month given in a route or query (<c>{period}</c>): yyyy-MM, else 400 with the message at
    /// "period" in the caller's language; a month that parses goes to <paramref name="call"/>.
    /// </summary>
    public static async Task<IResult> WithPeriod(string? period, Func<Period, Task<IResult>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Period.TryParse(period, out var parsed) && parsed is not null
            ? await call(parsed)
            : BadRequest(nameof(period), PeriodFormat);
    }

    /// <summary><see cref="WithPeriod(string?, Func{Period, Task{IResult}})"/> for a service's result, shaped as <see cref="ToHttp{T}"/> does.</summary>
    public static Task<IResult> WithPeriod<T>(string? period, Func<Period, Task<Result<T>>> call, Func<T, object>? shape = null) =>
        WithPeriod(period, async p => (await call(p)).ToHttp(shape));

    /// <summary>A month that does not read as yyyy-MM (every area's message for it is this one).</summary>
    public const string PeriodFormat = TargetMessages.PeriodFormat;

    private sealed class LocalizedMessages(object? value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var localizer = httpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var json = JsonSerializer.SerializeToNode(value, options);
            Localize(json, localizer);
            return Results.Json(json, options).ExecuteAsync(httpContext);
        }

        private static void Localize(JsonNode? node, IStringLocalizer localizer)
        {
            switch (node)
            {
                case JsonObject members:
                    foreach (var (name, member) in members.ToList())
                    {
                        if (string.Equals(name, "message", StringComparison.OrdinalIgnoreCase) && member is JsonValue text && text.TryGetValue<string>(out var key))
                        {
                            members[name] = localizer.Text(key);
                            // The key stays available to programs, without its arguments.
                            members["code"] ??= key.Split(ResultText.ArgumentSeparator)[0];
                        }
                        else
                        {
                            Localize(member, localizer);
                        }
                    }

                    break;
                case JsonArray items:
                    foreach (var item in items)
                    {
                        Localize(item, localizer);
                    }

                    break;
            }
        }
    }

    private sealed class LocalizedFailure(ResultStatus status, IReadOnlyDictionary<string, string[]> errors) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var localizer = httpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var messages = localizer.Localize(errors);
            IResult result = status switch
            {
                ResultStatus.Invalid => Results.ValidationProblem(messages, title: localizer["Api_Status_400"]),
                ResultStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: localizer["Api_Status_404"]),
                ResultStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: localizer["Api_Status_403"]),
                ResultStatus.Conflict => Results.Problem(detail: string.Join(" ", messages.SelectMany(e => e.Value)), statusCode: StatusCodes.Status409Conflict,
                    title: localizer["Api_Status_409"]),
                _ => Results.Problem(statusCode: StatusCodes.Status500InternalServerError),
            };
            return result.ExecuteAsync(httpContext);
        }
    }
}
