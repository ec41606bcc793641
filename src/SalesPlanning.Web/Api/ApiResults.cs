using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Api;

/// <summary>
/// Maps a service <see cref="Result{T}"/> to a typed HTTP answer: its value (200) or the refusal it came to,
/// problem details (RFC 9457) with messages in the caller's language (<see cref="Refused"/>). The answers are
/// typed, so OpenAPI lists every response of an endpoint with its status and schema.
/// </summary>
internal static class ApiResults
{
    /// <summary>200 with the value, or the refusal.</summary>
    public static Results<Ok<T>, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict> ToHttp<T>(this Result<T> result) =>
        result.ToHttpAs(value => TypedResults.Ok(value));

    /// <summary>200 with the value shaped for the answer (e.g. <c>version => new VersionAnswer(version)</c>), or the refusal.</summary>
    public static Results<Ok<TShape>, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict> ToHttp<T, TShape>(
        this Result<T> result, Func<T, TShape> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return result.ToHttpAs(value => TypedResults.Ok(shape(value)));
    }

    /// <summary>
    /// The one mapping of a service's result: <paramref name="ok"/> of its value when it is ok (a file, 204 …),
    /// else the refusal it came to (400 with the errors by field, 403, 404, 409 with its message).
    /// </summary>
    public static Results<TOk, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict> ToHttpAs<T, TOk>(
        this Result<T> result, Func<T, TOk> ok)
        where TOk : IResult
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ok);
        return result.Status switch
        {
            ResultStatus.Ok => ok(result.Value!),
            ResultStatus.Invalid => new Refused.Invalid(result.Errors),
            ResultStatus.Forbidden => new Refused.Forbidden(),
            ResultStatus.NotFound => new Refused.NotFound(),
            ResultStatus.Conflict => new Refused.Conflict(result.Errors),
            _ => throw new UnreachableException($"No answer for {result.Status}."),
        };
    }

    /// <summary>
    /// As <see cref="ToHttp{T}"/>, for values that carry message keys (import previews and reports):
    /// every "message" member of the answer is shown in the caller's language, as failures' messages are.
    /// </summary>
    public static Results<OkWithMessages<T>, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict> ToHttpWithMessages<T>(
        this Result<T> result) =>
        result.ToHttpAs(value => new OkWithMessages<T>(value));

    /// <summary>400 with one message (a key) at <paramref name="field"/>, for what an endpoint checks before calling a service.</summary>
    public static Refused.Invalid BadRequest(string field, string message) => new(field, message);

    public static Refused.NotFound NotFound() => new();

    /// <summary>
    /// The one check of a month given in a route or query (<c>{period}</c>): yyyy-MM, else 400 with the message at
    /// "period" in the caller's language; a month that parses goes to <paramref name="call"/>.
    /// </summary>
    public static async Task<Results<TOk, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict>> WithPeriod<TOk>(
        string? period, Func<Period, Task<Results<TOk, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict>>> call)
        where TOk : IResult
    {
        ArgumentNullException.ThrowIfNull(call);
        return Period.TryParse(period, out var parsed) && parsed is not null
            ? await call(parsed)
            : new Refused.Invalid(nameof(period), PeriodFormat);
    }

    /// <summary><see cref="WithPeriod{TOk}"/> for a service's result, answered as <see cref="ToHttp{T}"/> does.</summary>
    public static Task<Results<Ok<T>, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict>> WithPeriod<T>(
        string? period, Func<Period, Task<Result<T>>> call) =>
        WithPeriod(period, async p => (await call(p)).ToHttp());

    /// <summary><see cref="WithPeriod{TOk}"/> for a service's result, shaped as <see cref="ToHttp{T, TShape}"/> does.</summary>
    public static Task<Results<Ok<TShape>, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict>> WithPeriod<T, TShape>(
        string? period, Func<Period, Task<Result<T>>> call, Func<T, TShape> shape) =>
        WithPeriod(period, async p => (await call(p)).ToHttp(shape));

    /// <summary>A month that does not read as yyyy-MM (every area's message for it is this one).</summary>
    public const string PeriodFormat = TargetMessages.PeriodFormat;

    /// <summary>
    /// 200 with a value whose "message" members are message keys: each is written in the caller's language, with the
    /// key (without its arguments) beside it as "code" for programs.
    /// </summary>
    public sealed class OkWithMessages<T>(T value) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
    {
        public T Value => value;

        object? IValueHttpResult.Value => value;

        int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var localizer = httpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var json = JsonSerializer.SerializeToNode((object?)value, options);
            Localize(json, localizer);
            return Results.Json(json, options).ExecuteAsync(httpContext);
        }

        public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        }
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
