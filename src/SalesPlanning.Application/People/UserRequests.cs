using FluentValidation;
using SalesPlanning.Application.Identity;

namespace SalesPlanning.Application.People;

/// <summary>One person as the admin pages and the API list them.</summary>
public sealed record UserListItem(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> RepIn,
    IReadOnlyList<string> ManagerOf,
    bool IsActive,
    bool MustChangePassword,
    DateTimeOffset? LastSignInAt,
    string? PreferredCulture,
    string Version);

public sealed record UserPage(IReadOnlyList<UserListItem> Items, int Total);

/// <summary>Search text (e-mail or name, any part), whether to include deactivated people, a page.</summary>
public sealed record UserSearch(string? Text = null, bool IncludeInactive = true, int Skip = 0, int Take = 20);

/// <summary>A new person. RepIn and ManagerOf are region codes.</summary>
public sealed record CreateUser(
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> RepIn,
    IReadOnlyList<string> ManagerOf,
    string? PreferredCulture = null);

/// <summary>A change to a person: send all of it and the version read (409 when someone changed it since).</summary>
public sealed record UpdateUser(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> RepIn,
    IReadOnlyList<string> ManagerOf,
    string? PreferredCulture,
    string Version);

/// <summary>A person created, with the one-time password to hand over (shown once, never stored in clear).</summary>
public sealed record CreatedUser(Guid Id, string Email, string DisplayName, string OneTimePassword);

public static class UserFields
{
    public const int EmailMaxLength = 256;
    public static readonly IReadOnlyList<string> Cultures = ["zh-CN", "en"];

    internal static void PersonRules<T>(AbstractValidator<T> validator, Func<T, string> email, Func<T, string> name,
        Func<T, IReadOnlyList<string>> roles, Func<T, string?> culture)
    {
        validator.RuleFor(r => email(r)).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(PeopleMessages.EmailRequired)
            .MaximumLength(EmailMaxLength).WithMessage(PeopleMessages.EmailInvalid)
            .EmailAddress().WithMessage(PeopleMessages.EmailInvalid)
            .OverridePropertyName("Email");
        validator.RuleFor(r => name(r)).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(PeopleMessages.NameRequired)
            .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage(PeopleMessages.NameTooLong)
            .OverridePropertyName("DisplayName");
        validator.RuleFor(r => roles(r)).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(PeopleMessages.RoleRequired)
            .Must(list => list.Count > 0).WithMessage(PeopleMessages.RoleRequired)
            .Must(list => list.All(role => Identity.Roles.All.Contains(role))).WithMessage(PeopleMessages.RoleUnknown)
            .OverridePropertyName("Roles");
        validator.RuleFor(r => culture(r))
            .Must(c => c is null || Cultures.Contains(c)).WithMessage(PeopleMessages.LanguageUnknown)
            .OverridePropertyName("PreferredCulture");
    }
}

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator() =>
        UserFields.PersonRules(this, r => r.Email, r => r.DisplayName, r => r.Roles, r => r.PreferredCulture);
}

public sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator()
    {
        UserFields.PersonRules(this, r => r.Email, r => r.DisplayName, r => r.Roles, r => r.PreferredCulture);
        RuleFor(r => r.Version).NotEmpty();
    }
}

/// <summary>The caller's own new password, typed twice.</summary>
public sealed record ChangeOwnPassword(string CurrentPassword, string NewPassword, string ConfirmPassword);

public sealed class ChangeOwnPasswordValidator : AbstractValidator<ChangeOwnPassword>
{
    public ChangeOwnPasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().WithMessage(PeopleMessages.PasswordRequired);
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage(PeopleMessages.PasswordRequired);
        RuleFor(r => r.ConfirmPassword).Equal(r => r.NewPassword).WithMessage(PeopleMessages.PasswordsDiffer)
            .When(r => !string.IsNullOrEmpty(r.NewPassword));
        RuleFor(r => r.NewPassword).NotEqual(r => r.CurrentPassword).WithMessage(PeopleMessages.PasswordSame)
            .When(r => !string.IsNullOrEmpty(r.NewPassword));
    }
}
