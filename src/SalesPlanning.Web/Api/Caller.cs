using System.Reflection;
using SalesPlanning.Application.Common;
using SalesPlanning.Web.Account;

namespace SalesPlanning.Web.Api;

/// <summary>
/// The signed-in caller of an endpoint, bound once from the request's user: a handler takes a
/// <see cref="Caller"/> parameter and hands it to a service wherever an <see cref="Actor"/> is asked for.
/// Only on endpoints that require authorization; without a user the request is refused (401).
/// </summary>
internal sealed record Caller(Actor Actor)
{
    public static implicit operator Actor(Caller caller) => caller.Actor;

    public static ValueTask<Caller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult(context.User.ToActor() is { } actor ? new Caller(actor) : null);
}
