using System.Net.Http.Headers;
using SkyHighBooker.Api.Identity;

namespace SkyHighBooker.UnitTests.Api.Identity;

public sealed class AwsSignatureV4Tests
{
    [Fact]
    public void Signs_AWS_documented_example_request_to_the_documented_signature()
    {
        // "Create a signed AWS API request", AWS General Reference: IAM ListUsers at 2015-08-30 12:36:00 UTC.
        var request = new HttpRequestMessage(HttpMethod.Get, "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08")
        {
            Content = new ByteArrayContent([]),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-8");

        AwsSignatureV4.Sign(request, [], new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null), "us-east-1", "iam",
            new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero));

        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, " +
            "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
            request.Headers.GetValues("Authorization").Single());
    }
}
