using MudBlazor;

namespace SalesPlanning.Web.Components.Layout;

/// <summary>The product's one theme: colours, type and shape for light and dark mode.</summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565c0",
            Secondary = "#00897b",
            Tertiary = "#6d4c41",
            Info = "#0277bd",
            Success = "#2e7d32",
            Warning = "#ef6c00",
            Error = "#c62828",
            AppbarBackground = "#0d47a1",
            AppbarText = "#ffffff",
            Background = "#f5f7fa",
            DrawerBackground = "#ffffff",
            DrawerText = "rgba(0,0,0,0.80)",
            TableLines = "#e3e8ef",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#64b5f6",
            Secondary = "#4db6ac",
            Tertiary = "#bcaaa4",
            Info = "#4fc3f7",
            Success = "#81c784",
            Warning = "#ffb74d",
            Error = "#ef9a9a",
            AppbarBackground = "#1b2430",
            Background = "#121820",
            Surface = "#1b2430",
            DrawerBackground = "#1b2430",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                // Chinese first where the browser has Noto Sans CJK / PingFang / YaHei, then Latin.
                FontFamily = ["Roboto", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Helvetica", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "6px",
            DrawerWidthLeft = "240px",
        },
    };
}
