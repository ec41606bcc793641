using Microsoft.AspNetCore.Identity;

namespace SalesPlanning.Application.Identity;

/// <summary>A person who signs in. Roles come from Identity; region membership from <c>Region</c>.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;
    public const int CultureMaxLength = 10;

    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    /// <summary>zh-CN or en; null follows the browser.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>A deactivated user cannot sign in and keeps their history.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Set when an admin gives a one-time password; the user must choose their own at sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The last successful sign-in; null for a user who never signed in (only they may be deleted).</summary>
    public DateTimeOffset? LastSignInAt { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() => Id = Guid.CreateVersion7();

    public AppRole(string name) : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}
