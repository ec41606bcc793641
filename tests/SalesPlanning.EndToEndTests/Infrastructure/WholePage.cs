namespace SalesPlanning.EndToEndTests.Infrastructure;

/// <summary>
/// Checks on a whole page and its screenshot. The document scrolls (MudLayout); the main content
/// (<c>.sp-body</c>, our class on MudMainContent) is checked as well, so that a page too wide for the
/// window shows as either of them scrolling sideways.
/// </summary>
public static class WholePage
{
    /// <summary>
    /// How many pixels the page scrolls sideways: the most by which the document is wider than the
    /// window (<c>document.documentElement.scrollWidth</c> against <c>window.innerWidth</c>) or
    /// the main content is wider than its box; 0 or less when neither is. A wide grid or table that scrolls
    /// inside its own box does not count. A page still settling after a resize or reload (the
    /// responsive drawer, a late scrollbar) is given up to five seconds before its width counts.
    /// </summary>
    public static async Task<int> SidewaysScrollAsync(IPage page)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var sideways = await page.EvaluateAsync<int>(
                """
                () => {
                    const body = document.querySelector('.sp-body');
                    return Math.max(
                        document.documentElement.scrollWidth - window.innerWidth,
                        body ? body.scrollWidth - body.clientWidth : 0);
                }
                """);
            if (sideways <= 0 || DateTime.UtcNow > deadline)
            {
                return sideways;
            }

            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Makes the window as tall as the page (at least 800 px; the width stays) and writes a full-page
    /// screenshot to <paramref name="path"/>. The window keeps that height afterwards.
    /// </summary>
    public static async Task CaptureAsync(IPage page, string path)
    {
        var width = page.ViewportSize?.Width ?? 1280;
        var height = await page.EvaluateAsync<int>(
            """
            () => document.documentElement.scrollHeight
            """);
        await page.SetViewportSizeAsync(width, Math.Max(800, height));
        File.Delete(path);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        new FileInfo(path).Length.ShouldBeGreaterThan(1000, $"{path} is suspiciously small");
    }
}
