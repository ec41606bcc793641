using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Notifications;
using SalesPlanning.Web.Components.Shared;

namespace SalesPlanning.Web.Localization;

/// <summary>
/// A notification's text from the resources ("Notification_" + its kind), its values put in by name
/// ("{region}", "{period}" …), in the language asked for: the reader's when listed, the recipient's when
/// mailed. A mail's body adds the comment and the link to the page (SalesPlanning:PublicUrl).
/// </summary>
internal sealed class NotificationTexts(IStringLocalizer<SharedResource> t, IConfiguration configuration) : INotificationTexts
{
    public string Text(NotificationKind kind, IReadOnlyDictionary<string, string> values, string culture) =>
        InCulture(culture, () => Fill(t[$"Notification_{kind}"].Value, WithAlertText(kind, values)));

    public MailMessageText Mail(string toAddress, NotificationKind kind, IReadOnlyDictionary<string, string> values, string link, string culture) =>
        InCulture(culture, () =>
        {
            var text = Fill(t[$"Notification_{kind}"].Value, WithAlertText(kind, values));
            var baseUrl = (configuration["SalesPlanning:PublicUrl"] ?? "http://localhost:5000/").TrimEnd('/');
            var body = new List<string> { text, "" };
            if (values.TryGetValue(Notify.Values.Comment, out var comment))
            {
                body.Add($"{t["Notification_Comment"]}: {comment}");
                body.Add("");
            }

            body.Add($"{t["Notification_Open"]}: {baseUrl}/{link}");
            body.Add("");
            body.Add(t["Notification_MailFooter"]);
            return new MailMessageText(toAddress, $"[{t["AppName"]}] {text}", string.Join("\n", body));
        });

    private IReadOnlyDictionary<string, string> WithAlertText(NotificationKind kind, IReadOnlyDictionary<string, string> values)
    {
        if (kind != NotificationKind.AlertRaised || !values.TryGetValue(Notify.Values.Alert, out var alert))
        {
            return values;
        }

        var rate = decimal.TryParse(values.GetValueOrDefault("rate"), NumberStyles.Number, CultureInfo.InvariantCulture, out var r) ? Numbers.Ratio(r) : "";
        var months = values.GetValueOrDefault("months") ?? "";
        return new Dictionary<string, string>(values) { [Notify.Values.Alert] = t[$"Alerts_Kind_{alert}", rate, months].Value };
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var text = template;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    private static T InCulture<T>(string culture, Func<T> render)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            var wanted = CultureInfo.GetCultureInfo(culture is "en" or "zh-CN" ? culture : Notify.DefaultCulture);
            CultureInfo.CurrentUICulture = wanted;
            CultureInfo.CurrentCulture = wanted;
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = current;
        }
    }
}
