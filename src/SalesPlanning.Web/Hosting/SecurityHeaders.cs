using System.Security.Cryptography;

namespace SalesPlanning.Web.Hosting;

/// <summary>
/// Headers every answer carries, pages, API, files and error pages alike (set as the response starts, so an
/// error handler that clears the headers does not lose them): no MIME sniffing, the referrer only to this site's
/// own pages and as an origin elsewhere, no framing by other sites (clickjacking), and a Content-Security-Policy
/// that Blazor Server and MudBlazor work under: scripts, connections (the circuit's WebSocket), images and fonts
/// from this site only; the one inline script, the import map, carries the request's nonce
/// (<see cref="NonceOf"/>); styles may be inline because MudBlazor writes style attributes and its theme's
/// style element. HSTS is added on HTTPS outside Development.
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceKey = "SalesPlanning.CspNonce";

    /// <summary>The nonce of this request's inline scripts (App.razor's import map).</summary>
    public static string NonceOf(HttpContext context) =>
        context.Items[NonceKey] as string ?? throw new InvalidOperationException("UseSecurityHeaders is not in the pipeline.");

    public static string PolicyFor(HttpContext context)
    {
        var socket = (context.Request.IsHttps ? "wss://" : "ws://") + context.Request.Host;
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'nonce-{NonceOf(context)}'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            $"connect-src 'self' {socket}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");
    }

    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            // base64url: no '+' or '/' that HTML attribute encoding would turn into entities.
            context.Items[NonceKey] = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "SAMEORIGIN";
                // Ours replaces the "frame-ancestors 'self'" Blazor's pages set: it says that and more.
                headers.ContentSecurityPolicy = PolicyFor(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
