using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace SkyHighBooker.Api.Apis;

/// <summary>
/// A request the Api cannot read is the client's mistake: a <see cref="BadHttpRequestException"/> (a body that is not
/// JSON, or not of the expected shape, nests too deep, is too large, or is not sent as JSON) is answered with its own
/// status (400, 413, 415, ...) as problem details; a JSON value that does not fit its field is a validation problem
/// naming the field as the validators spell it (<c>$.passengers[0].name</c> → <c>passengers[0].name</c>).
/// </summary>
public sealed partial class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    private const int MaxFieldLength = 200;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var status = bad.StatusCode;
        var json = bad.InnerException as JsonException;
        var problem = json is not null && FieldOf(json.Path) is { } field
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = ["This value is malformed or of the wrong type."] })
            : new ProblemDetails();
        problem.Status = status;
        (problem.Title, problem.Detail) = status switch
        {
            StatusCodes.Status400BadRequest when json is not null => ("The request body is not valid JSON for this request.",
                $"Check the JSON's syntax and the value's type near line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}; at most {ProblemAnswers.MaxJsonDepth} levels of nesting."),
            StatusCodes.Status400BadRequest => ("The request could not be read.", "The request body is missing, empty or not what this endpoint reads."),
            StatusCodes.Status413PayloadTooLarge => ("The request body is too large.",
                $"This Api reads request bodies of at most {http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? ProblemAnswers.DefaultMaxRequestBodyBytes} bytes."),
            StatusCodes.Status415UnsupportedMediaType => ("Unsupported media type.", "This endpoint reads JSON: send the body with Content-Type: application/json."),
            _ => (ReasonPhrases.GetReasonPhrase(status), null),
        };
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The field a JSON path names, camel-cased like the API's own names; null for the whole body or an unnamed place.</summary>
    public static string? FieldOf(string? jsonPath)
    {
        if (jsonPath is null || !jsonPath.StartsWith('$')) return null;
        var field = jsonPath[1..].TrimStart('.');
        if (field.Length is 0 or > MaxFieldLength || field.StartsWith('[')) return null;
        return PropertyStart().Replace(field, start => start.Value.ToLowerInvariant());
    }

    [GeneratedRegex(@"(?<=^|\.)[A-Z]")]
    private static partial Regex PropertyStart();
}
