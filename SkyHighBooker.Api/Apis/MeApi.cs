using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Accounts;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Account").RequireAuthorization().RequirePerUserLimit();
        me.MapGet("/", GetProfile).WithName("GetMyProfile").WithSummary("The signed-in user's profile");
        me.MapPost("/profile-picture", StartProfilePictureUpload).WithName("StartProfilePictureUpload")
            .WithSummary("An upload id and a pre-signed PUT URL for the new picture (JPEG or PNG, at most 5 MB); complete it with PUT /api/me/profile-picture");
        me.MapPut("/profile-picture", CompleteProfilePictureUpload).WithName("CompleteProfilePictureUpload")
            .WithSummary("Makes an uploaded file the profile picture if it really is a JPEG or PNG of at most 5 MB; the upload is deleted either way. Safe to retry")
            .ProducesProblem(StatusCodes.Status404NotFound);
        me.MapPost("/refresh", RefreshProfile).WithName("RefreshMyProfile")
            .WithSummary("Re-reads the profile from Cognito now (the web calls it after the user turned two-step verification on or off there); safe to repeat");
        me.MapPost("/erasure", EraseAccount).WithName("DeleteMyAccount")
            .WithSummary("Deletes the signed-in user's account: future bookings cancelled and refunded, past ones kept with the personal data replaced, files deleted (by the Worker), then the Cognito user. Requires an Idempotency-Key header; retry with the same key until it answers 201.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
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

    public static async Task<Ok<UserProfile>> RefreshProfile(
        ClaimsPrincipal user, HttpContext http, UserProfiles profiles, ProfilePictures pictures, CancellationToken ct)
    {
        var token = await http.GetTokenAsync("access_token");
        var account = await profiles.RefreshAsync(user, token!, ct);
        return TypedResults.Ok(UserProfile.From(account, await pictures.ViewUrlAsync(account.Id, ct)));
    }

    /// <summary>
    /// The data first, in one transaction under the key; the Cognito user last, with DeleteUser and the user's own token
    /// (no AWS credentials involved, the same call locally and on AWS). A retry with the same key replays the committed
    /// answer and asks Cognito again, so a crash or a Cognito outage between the two steps is finished by retrying.
    /// </summary>
    public static async Task<Results<IdempotentCreated<AccountErasureView>, ProblemHttpResult>> EraseAccount(
        ClaimsPrincipal user, HttpContext http, IdempotentEndpoint idempotent, AccountErasure erasure, CognitoUserApi cognito, CancellationToken ct)
    {
        var key = http.Request.Headers[IdempotencyKeys.Header].ToString().Trim();
        var result = await idempotent.RunAsync(http, user.UserId(), "erase-account", new { }, (write, token) => erasure.EraseAsync(user.UserId(), key, write, token), ct);
        if (result is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status201Created }) return new IdempotentCreated<AccountErasureView>(result);
        try
        {
            await cognito.DeleteUserAsync((await http.GetTokenAsync("access_token"))!, ct);
        }
        catch (CognitoRequestException gone) when (gone.ErrorType is "UserNotFoundException" or "NotAuthorizedException")
        {
            // deleted by an earlier try whose answer was lost
        }
        catch (Exception failure) when (failure is CognitoRequestException or HttpRequestException)
        {
            http.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem("Your data is erased, but the sign-in could not be deleted yet. Try again with the same Idempotency-Key.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Account deletion not finished");
        }
        return new IdempotentCreated<AccountErasureView>(result);
    }

    public static async Task<Results<Ok<ProfilePictureUpload>, ValidationProblem>> StartProfilePictureUpload(
        ProfilePictureRequest request, ClaimsPrincipal user, ProfilePictures pictures)
    {
        var errors = ProfilePictures.Validate(request);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await pictures.UploadAsync(user.UserId(), request));
    }

    public static async Task<Results<Ok<UserProfile>, ValidationProblem, ProblemHttpResult>> CompleteProfilePictureUpload(
        ProfilePictureCompletionRequest completion, ClaimsPrincipal user, HttpContext http, UserProfiles profiles, ProfilePictures pictures, CancellationToken ct)
    {
        if (!Guid.TryParseExact(completion.UploadId?.Trim(), "D", out var uploadId))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["uploadId"] = ["The upload id is the uploadId the upload was started with."] });

        switch (await pictures.CompleteAsync(user.UserId(), uploadId, ct))
        {
            case PictureCompletion.TooLarge:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["The picture is larger than 5 MB."] });
            case PictureCompletion.NotJpegOrPng:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["The file is not a JPEG or PNG image."] });
            case PictureCompletion.NoSuchUpload:
                return Problems.NotFound($"No upload {uploadId} to complete: upload the picture again.");
        }
        var token = await http.GetTokenAsync("access_token");
        var account = await profiles.CurrentAsync(user, token!, ct);
        return TypedResults.Ok(UserProfile.From(account, await pictures.ViewUrlAsync(account.Id, ct)));
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
