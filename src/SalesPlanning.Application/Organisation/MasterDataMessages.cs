namespace SalesPlanning.Application.Organisation;

/// <summary>
/// Keys of the messages master data services return; Web/Localization/SharedResource*.resx has a
/// text for each in both languages.
/// </summary>
public static class MasterDataMessages
{
    public const string CodeRequired = "MasterData_Error_CodeRequired";
    public const string CodeTooLong = "MasterData_Error_CodeTooLong";
    public const string CodeFormat = "MasterData_Error_CodeFormat";
    public const string CodeTaken = "MasterData_Error_CodeTaken";
    public const string NameRequired = "MasterData_Error_NameRequired";
    public const string NameTooLong = "MasterData_Error_NameTooLong";
    public const string UnitRequired = "MasterData_Error_UnitRequired";
    public const string UnitTooLong = "MasterData_Error_UnitTooLong";
    public const string LineRequired = "MasterData_Error_LineRequired";
    public const string LineUnknown = "MasterData_Error_LineUnknown";
    public const string LineInactive = "MasterData_Error_LineInactive";
    public const string KindInvalid = "MasterData_Error_KindInvalid";
    public const string ManagerUnknown = "MasterData_Error_ManagerUnknown";
    public const string RegionInactive = "MasterData_Error_RegionInactive";
    public const string AlreadyActive = "MasterData_Error_AlreadyActive";
    public const string AlreadyInactive = "MasterData_Error_AlreadyInactive";
    public const string InUse = "MasterData_Error_InUse";
    public const string Conflict = "Admin_Conflict";
}
