namespace SalesPlanning.Application.DataProtection;

/// <summary>One data-protection key as XML, shared by every app instance through PostgreSQL.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
}
