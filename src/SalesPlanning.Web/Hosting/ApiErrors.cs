using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SalesPlanning.Domain.Common;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Hosting;

/// <summary>
/// The one place where an exception under /api becomes an answer, in every environment: problem
/// details (application/problem+json) with the trace id, in the caller's language.
/// <list type="bullet">
/// <item>A request the endpoint could not bind (malformed JSON, a wrong type, a missing required field,
/// a query value that is not a number): 400 (or the binder's status, e.g. 415) with <c>errors</c> keyed
/// by the field's JSON path ("$.salesAmount") or the parameter's name.</item>
/// <item>A <see cref="DomainException"/> (a business rule the request broke): 400 with the rule's message.</item>
/// <item>The database cannot be reached (<see cref="DatabaseUnavailable"/>): 503 with <c>Retry-After</c> and
/// "the database is unavailable, try again"; logged once as a warning, without the stack.</item>
/// <item>Every turn taken and the queue full (<see cref="ApiConcurrency"/>): 503 with <c>Retry-After</c> and "the server is
/// busy", written by the status-code pages below.</item>
/// <item>Anything else: 500 without details; the exception is logged once, by the exception handler.</item>
/// </list>
/// Pages keep their HTML error page (<see cref="Pipeline"/>).
/// </summary>
internal static partial class ApiErrors
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>
    /// Answers errors of /api requests: exceptions, and error statuses set without a body (401, 403, 404,
    /// 405, 415 …). Placed after request localization, so that messages are in the caller's language.
    /// </summary>
    public static void UseApiErrors(this IApplicationBuilder app) =>
        app.UseWhen(IsApi, api => api
            .UseStatusCodePages(context => WriteAsync(context.HttpContext, new ProblemDetails
            {
                Status = context.HttpContext.Response.StatusCode,
                Title = StatusTitle(context.HttpContext),
            }))
            .UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = WriteAsync,
                // A bad request or a broken rule is the caller's mistake, answered in full; no error with a stack trace in the log.
                // An unreachable database is logged once below, as a warning.
                SuppressDiagnosticsCallback = c => IsCallersMistake(c.Exception) || DatabaseUnavailable.Is(c.Exception),
            }));

    /// <summary>Exceptions that are the caller's mistake: logged at Information, answered 4xx.</summary>
    public static bool IsCallersMistake(Exception exception) => exception is BadHttpRequestException or DomainException;

    private static async Task WriteAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var problem = exception switch
        {
            BadHttpRequestException bad => Unreadable(bad, text),
            DomainException rule => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = text["Api_Error_Rule"],
                Detail = rule.Message,
            },
            _ when DatabaseUnavailable.Is(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = text["Api_Error_DatabaseUnavailable"],
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = text["Api_Error_Unhandled"],
            },
        };

        if (exception is not null && IsCallersMistake(exception))
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiErrors).FullName!)
                .LogInformation("Refused {RequestMethod} {RequestPath} with {StatusCode}: {Reason}",
                    context.Request.Method, context.Request.Path.Value, problem.Status, exception.Message);
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiErrors).FullName!)
                .LogWarning("Database unavailable: answered {RequestMethod} {RequestPath} with 503: {Reason}",
                    context.Request.Method, context.Request.Path.Value, exception!.GetBaseException().Message);
            context.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = problem.Status!.Value;
        await WriteAsync(context, problem);
    }

    /// <summary>The title of a bare status (401, 403, 404, 405, 409, 415 …) in the caller's language; null: the standard English one.</summary>
    public static string? StatusTitle(HttpContext context)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Api_Status_{context.Response.StatusCode}")];
        return text.ResourceNotFound ? null : text.Value;
    }

    private static Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        // Problem details whatever the request's Accept header says: written directly when the
        // problem details service declines (e.g. "Accept: text/html").
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }

    /// <summary>What the endpoint could not read, keyed by where: the body's JSON path or the parameter's name.</summary>
    private static HttpValidationProblemDetails Unreadable(BadHttpRequestException bad, IStringLocalizer text)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        switch (bad.InnerException)
        {
            case JsonException json when MissingProperties().Match(json.Message) is { Success: true } missing:
                foreach (var name in missing.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    errors[$"$.{name.Trim('\'')}"] = [text["Api_Error_Required"]];
                }

                break;
            case JsonException json:
                errors[json.Path ?? "$"] = [text["Api_Error_Unreadable"]];
                break;
            default:
                errors[ParameterName().Match(bad.Message) is { Success: true } parameter ? parameter.Groups["name"].Value : ""] =
                    [bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? text["Api_Error_MediaType"] : text["Api_Error_Unreadable"]];
                break;
        }

        return new HttpValidationProblemDetails(errors)
        {
            Status = bad.StatusCode,
            Title = text["Api_Error_BadRequest"],
        };
    }

    // System.Text.Json: "JSON deserialization for type 'X' was missing required properties including: 'a', 'b'."
    [GeneratedRegex("missing required properties including: (?<names>.+?)\\.?$", RegexOptions.Singleline)]
    private static partial Regex MissingProperties();

    // RequestDelegateFactory: 'Failed to bind parameter "Int32 week" from "abc".', 'Required parameter "string period" was not provided ...'
    [GeneratedRegex("parameter \"(?:[^\" ]+ )?(?<name>[^\" ]+)\"")]
    private static partial Regex ParameterName();
}
