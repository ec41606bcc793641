namespace SalesPlanning.IntegrationTests.Support;

/// <summary>The body of POST /api/v1/auth/login and /refresh, as the wire carries it.</summary>
public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

/// <summary>The body of GET /api/v1/me, as the wire carries it.</summary>
public sealed record MeResponse(Guid Id, string DisplayName, string Email, IReadOnlyList<string> Roles, IReadOnlyList<MeRegionResponse> Regions);

public sealed record MeRegionResponse(Guid RegionId, string RegionCode, string RegionName, string Role);
