using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.Notifications;

public sealed record NotificationView(
    Guid Id, NotificationKind Kind, DateTimeOffset CreatedAt, bool IsRead, string Link, IReadOnlyDictionary<string, string> Values);

public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Total, int Unread);

public sealed record PreferenceChoice(NotificationKind Kind, bool Email);

public sealed record SavePreferences(IReadOnlyList<PreferenceChoice> Choices);

public static class NotificationMessages
{
    public const string KindUnknown = "Notifications_KindUnknown";
    public const string KindTwice = "Notifications_KindTwice";
    public const string KindNotYours = "Notifications_KindNotYours";
    public const string Conflict = "Notifications_Conflict";
}

public sealed class SavePreferencesValidator : AbstractValidator<SavePreferences>
{
    public SavePreferencesValidator()
    {
        RuleFor(r => r.Choices).NotNull();
        RuleForEach(r => r.Choices).Must(c => c is not null && Enum.IsDefined(c.Kind)).WithMessage(NotificationMessages.KindUnknown);
        RuleFor(r => r.Choices)
            .Must(choices => choices.Where(c => c is not null).Select(c => c.Kind).Distinct().Count() == choices.Count(c => c is not null))
            .When(r => r.Choices is not null)
            .WithMessage(NotificationMessages.KindTwice);
    }
}

/// <summary>A user's own notifications (newest first, read and unread) and their e-mail choices.</summary>
public sealed class NotificationService(ISalesPlanningDbFactory contexts, TimeProvider time, IValidator<SavePreferences> validator)
{
    public const int MaxPageSize = 100;

    public async Task<Result<NotificationPage>> ListAsync(
        Actor actor, int skip, int take, bool unreadOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Paging.Check(skip, take, MaxPageSize) is { } errors)
        {
            return Result<NotificationPage>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == actor.UserId);
        var shown = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = await shown.CountAsync(cancellationToken);
        var unread = unreadOnly ? total : await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await shown.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(skip).Take(take)
            .Select(n => new NotificationView(n.Id, n.Kind, n.CreatedAt, n.ReadAt != null, n.Link, n.Values))
            .ToListAsync(cancellationToken);
        return Result<NotificationPage>.Ok(new NotificationPage(items, total, unread));
    }

    public async Task<int> UnreadCountAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, cancellationToken);
    }

    /// <summary>Marks one of the user's notifications read; another user's is not found.</summary>
    public async Task<Result<bool>> MarkReadAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var found = await db.Notifications.Where(n => n.Id == id && n.UserId == actor.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, n => n.ReadAt ?? now), cancellationToken);
        return found == 0 ? Result<bool>.NotFound() : Result<bool>.Ok(true);
    }

    /// <summary>Marks every unread notification of the user read; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        return await db.Notifications.Where(n => n.UserId == actor.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>The user's choice for every kind their roles can receive (by e-mail as well, unless they said otherwise).</summary>
    public async Task<IReadOnlyList<PreferenceChoice>> PreferencesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == actor.UserId)
            .ToDictionaryAsync(p => p.Kind, p => p.Email, cancellationToken);
        return [.. NotificationKinds.For(actor).Select(kind => new PreferenceChoice(kind, saved.GetValueOrDefault(kind, true)))];
    }

    /// <summary>Saves the user's choices; a kind their roles never receive is refused.</summary>
    public async Task<Result<IReadOnlyList<PreferenceChoice>>> SavePreferencesAsync(
        Actor actor, SavePreferences request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (Validation.Check(validator, request) is { } errors)
        {
            return Result<IReadOnlyList<PreferenceChoice>>.Invalid(errors);
        }

        var allowed = NotificationKinds.For(actor);
        if (request.Choices.Select((c, i) => (c, i)).FirstOrDefault(x => !allowed.Contains(x.c.Kind)) is { c: not null } wrong)
        {
            return Result<IReadOnlyList<PreferenceChoice>>.Invalid(new Dictionary<string, string[]>
            {
                [$"Choices[{wrong.i}].Kind"] = [NotificationMessages.KindNotYours],
            });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.NotificationPreferences.Where(p => p.UserId == actor.UserId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        foreach (var choice in request.Choices)
        {
            if (saved.TryGetValue(choice.Kind, out var preference))
            {
                preference.Choose(choice.Email);
            }
            else
            {
                db.NotificationPreferences.Add(new NotificationPreference(actor.UserId, choice.Kind, choice.Email));
            }
        }

        // Two saves of one user's first choices at once: the other's went in; the user can save again.
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<IReadOnlyList<PreferenceChoice>>(NotificationMessages.Conflict) is { } refused)
        {
            return refused;
        }

        return Result<IReadOnlyList<PreferenceChoice>>.Ok(await PreferencesAsync(actor, cancellationToken));
    }
}
