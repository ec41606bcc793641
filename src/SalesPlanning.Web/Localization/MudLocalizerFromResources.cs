using Microsoft.Extensions.Localization;
using MudBlazor;

namespace SalesPlanning.Web.Localization;

/// <summary>
/// MudBlazor's own texts (pager, date picker, "Rows per page", dialog close…) from our resources:
/// the key <c>Mud_{MudBlazor's key}</c> in SharedResource.resx and .zh-CN.resx (the parity test
/// keeps both). A key we leave out falls back to MudBlazor's English. Texts with arguments are
/// formatted by MudBlazor with string.Format, so they use {0}-style placeholders only.
/// </summary>
public sealed class MudLocalizerFromResources(IStringLocalizer<SharedResource> t) : MudLocalizer
{
    public const string Prefix = "Mud_";

    public override LocalizedString this[string key]
    {
        get
        {
            var text = t[Prefix + key];
            return text.ResourceNotFound
                ? new LocalizedString(key, key, resourceNotFound: true)
                : new LocalizedString(key, text.Value, resourceNotFound: false);
        }
    }
}
