using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace SalesPlanning.Application.Identity;

/// <summary>
/// A production database starts with no users (demo users exist only in the demo data). When an
/// e-mail and password are configured and no admin exists, this creates the first admin, who
/// then creates everyone else.
/// </summary>
public sealed class AdminBootstrapper(UserManager<AppUser> userManager, ILogger<AdminBootstrapper> logger)
{
    public async Task EnsureAdminAsync(string email, string password)
    {
        if ((await userManager.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "The bootstrap admin could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await userManager.AddToRoleAsync(user, Roles.Admin);
        logger.LogInformation("Bootstrap admin {Email} created", email);
    }
}
