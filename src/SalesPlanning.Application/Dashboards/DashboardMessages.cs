namespace SalesPlanning.Application.Dashboards;

/// <summary>Keys of the messages dashboard and alert services return (texts in Web/Localization/SharedResource*.resx).</summary>
public static class DashboardMessages
{
    public const string TrendMonths = "Dash_Error_TrendMonths";
    public const string UnknownMetric = "Dash_Error_UnknownMetric";
    public const string DimensionNotShown = "Dash_Error_DimensionNotShown";
}
