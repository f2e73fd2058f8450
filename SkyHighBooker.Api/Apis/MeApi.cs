using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Account").RequireAuthorization().RequireRateLimiting(RateLimits.PerUser);
        me.MapGet("/", GetProfile).WithName("GetMyProfile").WithSummary("The signed-in user's profile");
        me.MapPost("/profile-picture", StartProfilePictureUpload).WithName("StartProfilePictureUpload")
            .WithSummary("A pre-signed PUT URL for users/{id}/profile-picture.jpg (JPEG or PNG, at most 5 MB)");
        me.MapPut("/", UpdateProfile).WithName("UpdateMyProfile").WithSummary("Change the signed-in user's name (role, id and email are not the user's to set)");
        return app;
    }

    public static async Task<Ok<UserProfile>> GetProfile(
        ClaimsPrincipal user, HttpContext http, UserProfiles profiles, ProfilePictures pictures, CancellationToken ct)
    {
        var token = await http.GetTokenAsync("access_token");
        var account = await profiles.CurrentAsync(user, token!, ct);
        return TypedResults.Ok(UserProfile.From(account, await pictures.ViewUrlAsync(account.Id, ct)));
    }

    public static async Task<Results<Ok<ProfilePictureUpload>, ValidationProblem>> StartProfilePictureUpload(
        ProfilePictureRequest request, ClaimsPrincipal user, ProfilePictures pictures)
    {
        var errors = ProfilePictures.Validate(request);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await pictures.UploadAsync(user.UserId(), request));
    }

    public static async Task<Results<Ok<UserProfile>, ValidationProblem>> UpdateProfile(
        ProfileUpdate update, ClaimsPrincipal user, HttpContext http, UserProfiles profiles, ProfilePictures pictures, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var firstName = update.FirstName?.Trim() ?? "";
        var lastName = update.LastName?.Trim() ?? "";
        if (firstName.Length is 0 or > 100) errors["firstName"] = ["First name is required, at most 100 characters."];
        else if (FreeText.HasControlCharacters(update.FirstName)) errors["firstName"] = [FreeText.ControlCharactersMessage];
        if (lastName.Length is 0 or > 100) errors["lastName"] = ["Last name is required, at most 100 characters."];
        else if (FreeText.HasControlCharacters(update.LastName)) errors["lastName"] = [FreeText.ControlCharactersMessage];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var token = await http.GetTokenAsync("access_token");
        var account = await profiles.UpdateAsync(user, token!, firstName, lastName, ct);
        return TypedResults.Ok(UserProfile.From(account, await pictures.ViewUrlAsync(account.Id, ct)));
    }
}
