namespace SalesPlanning.Web.Hosting;

/// <summary>
/// Headers every answer carries, pages, API, files and error pages alike (set as the response starts, so an
/// error handler that clears the headers does not lose them): no MIME sniffing, the referrer only to this site's
/// own pages and as an origin elsewhere, and no framing by other sites (clickjacking; Blazor's interactive pages say the same, frame-ancestors 'self'). HSTS is added on HTTPS
/// outside Development. A full Content-Security-Policy is issue 16's next step.
/// </summary>
internal static class SecurityHeaders
{
    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "SAMEORIGIN";
                if (!headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = "frame-ancestors 'self'";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
