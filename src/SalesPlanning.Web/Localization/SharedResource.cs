namespace SalesPlanning.Web.Localization;

/// <summary>
/// Marker for the app's strings: SharedResource.resx (English) and SharedResource.zh-CN.resx.
/// Every key exists in both; a test checks it.
/// </summary>
public sealed class SharedResource;
