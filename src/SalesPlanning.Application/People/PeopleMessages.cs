namespace SalesPlanning.Application.People;

/// <summary>
/// Keys of the messages the people services return; Web/Localization/SharedResource*.resx has a
/// text for each in both languages.
/// </summary>
public static class PeopleMessages
{
    public const string EmailRequired = "People_EmailRequired";
    public const string EmailInvalid = "People_EmailInvalid";
    public const string EmailTaken = "People_EmailTaken";
    public const string EmailTwiceInFile = "People_EmailTwiceInFile";
    public const string NameRequired = "People_NameRequired";
    public const string NameTooLong = "People_NameTooLong";
    public const string RoleRequired = "People_RoleRequired";
    public const string RoleUnknown = "People_RoleUnknown";
    public const string LanguageUnknown = "People_LanguageUnknown";
    public const string RegionUnknown = "People_RegionUnknown";
    public const string RegionInactive = "People_RegionInactive";
    public const string RegionHasManager = "People_RegionHasManager";
    public const string RepRoleNeeded = "People_RepRoleNeeded";
    public const string ManagerRoleNeeded = "People_ManagerRoleNeeded";
    public const string RepAndManagerOfSameRegion = "People_RepAndManagerOfSameRegion";
    public const string NotYourself = "People_NotYourself";
    public const string KeepOwnAdminRole = "People_KeepOwnAdminRole";
    public const string AlreadyInactive = "People_AlreadyInactive";
    public const string AlreadyActive = "People_AlreadyActive";
    public const string InUse = "People_InUse";
    public const string Conflict = "People_Conflict";
    public const string PasswordCurrentWrong = "Password_PasswordMismatch";
    public const string PasswordRequired = "People_PasswordRequired";
    public const string PasswordsDiffer = "People_PasswordsDiffer";
    public const string PasswordSame = "People_PasswordSame";
}
