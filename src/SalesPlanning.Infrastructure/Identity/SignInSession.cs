namespace SalesPlanning.Infrastructure.Identity;

/// <summary>
/// One browser's sign-in, kept on the server: the sign-in cookie carries only <see cref="Key"/>, the
/// ticket (who, with which claims) stays here. Signing out deletes the row, so a copy of the cookie
/// taken before sign-out no longer signs anyone in, on any app instance (issue 16, item 8).
/// </summary>
public sealed class SignInSession
{
    public const int KeyLength = 64;

    public required string Key { get; init; }

    public Guid? UserId { get; init; }

    /// <summary>The authentication ticket as ASP.NET Core serializes it.</summary>
    public required byte[] Ticket { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }
}
