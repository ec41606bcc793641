namespace SalesPlanning.Domain.Common;

/// <summary>Maximum lengths of text fields, shared by the domain, EF configurations and validators.</summary>
public static class TextLimits
{
    public const int Code = 20;
    public const int Name = 100;
    public const int Unit = 20;
    public const int LongText = 4000;
}
