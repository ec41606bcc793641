using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SalesPlanning.Application.Notifications;

namespace SalesPlanning.Infrastructure.Notifications;

/// <summary>
/// Where mail goes: configuration section <c>SalesPlanning:Mail</c>. Without a host, mails are written to
/// the log instead of sent (README says how to set a server).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "SalesPlanning:Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, StartTlsWhenAvailable, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "salesplanning@localhost";
    public string FromName { get; set; } = "SalesPlanning";
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>Sends one mail over SMTP with MailKit: a connection per mail, plain text in UTF-8.</summary>
internal sealed partial class SmtpMailSender(IOptionsMonitor<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(MailMessageText mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            LogNotSent(logger, mail.ToAddress, mail.Subject, mail.Body);
            return;
        }

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.ToAddress));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };

        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Mail not sent (no SalesPlanning:Mail:Host configured) to {To}: {Subject}\n{Body}")]
    private static partial void LogNotSent(ILogger logger, string to, string subject, string body);
}
