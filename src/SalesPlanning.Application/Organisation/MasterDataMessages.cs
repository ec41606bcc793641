using SalesPlanning.Application.People;
using SalesPlanning.Domain.Organisation;

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
    public const string UserRequired = "MasterData_Error_UserRequired";
    public const string AlreadyManager = "MasterData_Error_AlreadyManager";
    public const string AlreadyRep = "MasterData_Error_AlreadyRep";
    public const string ManagerCannotBeRep = "MasterData_Error_ManagerCannotBeRep";
    public const string NotAMember = "MasterData_Error_NotAMember";
    public const string Conflict = "Admin_Conflict";

    /// <summary>The message key of a broken organisation rule (the domain's <see cref="OrganisationRules"/> code at its field).</summary>
    public static string For(OrganisationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return (problem.Code, problem.Field) switch
        {
            (OrganisationRules.Required, "Code") => CodeRequired,
            (OrganisationRules.Required, "Unit") => UnitRequired,
            (OrganisationRules.Required, _) => NameRequired,
            (OrganisationRules.TooLong, "Code") => CodeTooLong,
            (OrganisationRules.TooLong, "Unit") => UnitTooLong,
            (OrganisationRules.TooLong, _) => NameTooLong,
            (OrganisationRules.KindUnknown, _) => KindInvalid,
            (OrganisationRules.AlreadyActive, _) => AlreadyActive,
            (OrganisationRules.AlreadyInactive, _) => AlreadyInactive,
            (OrganisationRules.LineInactive, _) => LineInactive,
            (OrganisationRules.RegionInactive, nameof(Region.ManagerId)) => RegionInactive,
            (OrganisationRules.RegionInactive, _) => PeopleMessages.RegionInactive,
            (OrganisationRules.UserRequired, _) => UserRequired,
            (OrganisationRules.AlreadyManager, _) => AlreadyManager,
            (OrganisationRules.AlreadyRep, _) => AlreadyRep,
            (OrganisationRules.ManagerCannotBeRep, _) => ManagerCannotBeRep,
            (OrganisationRules.NotAMember, _) => NotAMember,
            _ => problem.Code,
        };
    }

    /// <summary>The messages of broken organisation rules by field, as a service's <c>Result.Invalid</c> carries them.</summary>
    public static IReadOnlyDictionary<string, string[]> Errors(IEnumerable<OrganisationProblem> problems) =>
        problems.GroupBy(p => p.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(For).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
}
