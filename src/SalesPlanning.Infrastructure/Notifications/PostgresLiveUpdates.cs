using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using SalesPlanning.Application.Notifications;

namespace SalesPlanning.Infrastructure.Notifications;

/// <summary>
/// <see cref="ILiveUpdates"/> over PostgreSQL LISTEN/NOTIFY: triggers NOTIFY on commit (migration
/// <c>Notifications</c>: a user's notifications, a region's month of actuals), so every app instance
/// hears every change, and a rolled-back change is heard by none. One connection per instance listens;
/// when it drops, it reconnects and tells every subscriber once, since changes may have been missed.
/// </summary>
internal sealed partial class PostgresLiveUpdates(IConfiguration configuration, ILogger<PostgresLiveUpdates> logger)
    : BackgroundService, ILiveUpdates
{
    public const string NotificationsChannel = "sp_notifications";
    public const string ActualsChannel = "sp_actuals";
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private ImmutableList<Subscription> _subscriptions = [];

    public IDisposable OnNotifications(Guid userId, Func<Task> handler) => Add(new Subscription(this, userId, handler, null));

    public IDisposable OnActuals(Func<ActualsChanged, Task> handler) => Add(new Subscription(this, null, null, handler));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("SalesPlanning"))
        {
            // A listener must notice a connection that died quietly; it sends nothing of its own.
            KeepAlive = 15,
            Pooling = false,
            ApplicationName = "SalesPlanning live updates",
        }.ConnectionString;
        var missedSome = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => Dispatch(e.Channel, e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {NotificationsChannel}; LISTEN {ActualsChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                LogListening(logger);
                if (missedSome)
                {
                    DispatchToAll();
                }

                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                LogLost(logger, ex.Message);
                missedSome = true;
                await Task.Delay(ReconnectDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private Subscription Add(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = _subscriptions.Add(subscription);
        }

        return subscription;
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = _subscriptions.Remove(subscription);
        }
    }

    private void Dispatch(string channel, string payload)
    {
        var subscriptions = _subscriptions;
        if (channel == NotificationsChannel && Guid.TryParse(payload, CultureInfo.InvariantCulture, out var userId))
        {
            foreach (var subscription in subscriptions.Where(s => s.UserId == userId && s.OnNotification is not null))
            {
                Run(subscription, subscription.OnNotification!);
            }
        }
        else if (channel == ActualsChannel && payload.Split('/') is [var region, var period]
            && Guid.TryParse(region, CultureInfo.InvariantCulture, out var regionId) && int.TryParse(period, CultureInfo.InvariantCulture, out var periodKey))
        {
            var changed = new ActualsChanged(regionId, periodKey);
            foreach (var subscription in subscriptions.Where(s => s.OnActualsChanged is not null))
            {
                Run(subscription, () => subscription.OnActualsChanged!(changed));
            }
        }
    }

    private void DispatchToAll()
    {
        foreach (var subscription in _subscriptions)
        {
            if (subscription.OnNotification is { } notification)
            {
                Run(subscription, notification);
            }
        }
    }

    // A handler's failure is its page's business: logged here, never fatal to the listener. It runs in the
    // language of the page that subscribed (a circuit's culture does not flow to this connection's thread).
    private void Run(Subscription subscription, Func<Task> handler) => _ = Task.Run(async () =>
    {
        try
        {
            CultureInfo.CurrentCulture = subscription.Culture;
            CultureInfo.CurrentUICulture = subscription.UICulture;
            await handler();
        }
#pragma warning disable CA1031 // The listener outlives any page's handler.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogHandlerFailed(logger, ex);
        }
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for live updates")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates: the listening connection was lost ({Error}); reconnecting")]
    private static partial void LogLost(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates: a page's handler failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);

    private sealed class Subscription(PostgresLiveUpdates owner, Guid? userId, Func<Task>? onNotification, Func<ActualsChanged, Task>? onActualsChanged)
        : IDisposable
    {
        public Guid? UserId { get; } = userId;
        public CultureInfo Culture { get; } = CultureInfo.CurrentCulture;
        public CultureInfo UICulture { get; } = CultureInfo.CurrentUICulture;
        public Func<Task>? OnNotification { get; } = onNotification;
        public Func<ActualsChanged, Task>? OnActualsChanged { get; } = onActualsChanged;

        public void Dispose() => owner.Remove(this);
    }
}
