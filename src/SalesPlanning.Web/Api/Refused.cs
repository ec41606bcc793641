using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Api;

/// <summary>
/// The refusals an endpoint answers, as typed results: each tells OpenAPI its status and its problem details
/// schema (<see cref="IEndpointMetadataProvider"/>), and writes problem details (application/problem+json) when
/// sent, in the caller's language: the messages they carry are keys (<see cref="ResultText"/>), shown when the
/// answer is written because the caller's culture is known then. The bodies are the framework's
/// <see cref="TypedResults.ValidationProblem"/> and <see cref="TypedResults.Problem(string?, string?, int?, string?, string?, IDictionary{string, object?}?)"/>,
/// which are fixed when built and so cannot carry keys to translate.
/// </summary>
internal static class Refused
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>400: the request broke a rule; <c>errors</c> by field, each message in the caller's language.</summary>
    public sealed class Invalid(IReadOnlyDictionary<string, string[]> errors) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
    {
        public Invalid(string field, string message)
            : this(new Dictionary<string, string[]> { [field] = [message] })
        {
        }

        /// <summary>The messages by field, as keys.</summary>
        public IReadOnlyDictionary<string, string[]> Errors => errors;

        int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status400BadRequest;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var text = Text(httpContext);
            return TypedResults.ValidationProblem(text.Localize(errors), title: text["Api_Status_400"]).ExecuteAsync(httpContext);
        }

        public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
            Produces(builder, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
    }

    /// <summary>403: the caller may not do this.</summary>
    public sealed class Forbidden : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
    {
        int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status403Forbidden;

        public Task ExecuteAsync(HttpContext httpContext) => Titled(httpContext, StatusCodes.Status403Forbidden, "Api_Status_403");

        public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
            Produces(builder, StatusCodes.Status403Forbidden, typeof(ProblemDetails));
    }

    /// <summary>404: nothing here, or nothing the caller may know of.</summary>
    public sealed class NotFound : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
    {
        int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status404NotFound;

        public Task ExecuteAsync(HttpContext httpContext) => Titled(httpContext, StatusCodes.Status404NotFound, "Api_Status_404");

        public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
            Produces(builder, StatusCodes.Status404NotFound, typeof(ProblemDetails));
    }

    /// <summary>409: the data changed since the caller read it (or would clash); <c>detail</c> says what, in the caller's language.</summary>
    public sealed class Conflict(IReadOnlyDictionary<string, string[]> errors) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
    {
        /// <summary>The messages by field, as keys.</summary>
        public IReadOnlyDictionary<string, string[]> Errors => errors;

        int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status409Conflict;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var text = Text(httpContext);
            return TypedResults.Problem(
                    detail: string.Join(" ", text.Localize(errors).SelectMany(e => e.Value)),
                    statusCode: StatusCodes.Status409Conflict,
                    title: text["Api_Status_409"])
                .ExecuteAsync(httpContext);
        }

        public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
            Produces(builder, StatusCodes.Status409Conflict, typeof(ProblemDetails));
    }

    private static IStringLocalizer<SharedResource> Text(HttpContext httpContext) =>
        httpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    private static Task Titled(HttpContext httpContext, int status, string title) =>
        TypedResults.Problem(statusCode: status, title: Text(httpContext)[title]).ExecuteAsync(httpContext);

    private static void Produces(EndpointBuilder builder, int status, Type body)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, body, [ProblemJson]));
    }
}
