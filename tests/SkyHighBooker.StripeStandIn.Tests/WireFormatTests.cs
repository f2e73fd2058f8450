using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SkyHighBooker.StripeStandIn.Tests;

/// <summary>What a client other than Stripe.net sees: raw form bodies, headers, status codes.</summary>
[Collection(StripeStandInCollection.Name)]
public sealed class WireFormatTests(StripeStandInFixture server)
{
    private static FormUrlEncodedContent Form(params (string Key, string Value)[] pairs) =>
        new(pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));

    [Fact]
    public async Task A_request_without_an_api_key_is_unauthorized()
    {
        using var http = server.CreateHttpClient();

        var response = await http.PostAsync("/v1/payment_intents", Form(("amount", "1000"), ("currency", "usd")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_request_error", body.RootElement.GetProperty("error").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_live_or_malformed_key_is_unauthorized()
    {
        using var http = server.CreateHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk_live_123456789");

        var response = await http.GetAsync("/v1/events");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Browser_style_list_brackets_and_basic_auth_are_understood()
    {
        using var http = server.CreateHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String("sk_test_curl:"u8.ToArray()));

        var response = await http.PostAsync("/v1/payment_intents", Form(
            ("amount", "1500"), ("currency", "GBP"), ("payment_method_types[]", "card"),
            ("metadata[booking_id]", "b-42"), ("confirm", "true"), ("payment_method", "pm_card_visa")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("succeeded", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("gbp", body.RootElement.GetProperty("currency").GetString());
        Assert.Equal("b-42", body.RootElement.GetProperty("metadata").GetProperty("booking_id").GetString());
        Assert.StartsWith("req_", response.Headers.GetValues("Request-Id").Single());
    }

    [Fact]
    public async Task Browsers_from_any_origin_may_call_the_api()
    {
        using var http = server.CreateHttpClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v1/payment_intents/pi_123/confirm");
        preflight.Headers.Add("Origin", "http://localhost:5173");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await http.SendAsync(preflight);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Unknown_urls_get_stripes_unrecognized_url_error()
    {
        using var http = server.CreateHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StripeStandInServer.SecretKey);

        var response = await http.GetAsync("/v1/customers");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Unrecognized request URL", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_key()
    {
        using var http = server.CreateHttpClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task A_browser_can_confirm_with_the_publishable_key_as_a_parameter_as_Stripe_js_sends_it()
    {
        var intent = await server.Client.V1.PaymentIntents.CreateAsync(Payments.ForBooking(Payments.NewBookingId()));
        using var http = server.CreateHttpClient();

        var response = await http.PostAsync($"/v1/payment_intents/{intent.Id}/confirm", Form(
            ("key", StripeStandInServer.PublishableKey), ("client_secret", intent.ClientSecret),
            ("payment_method_data[type]", "card"), ("payment_method_data[card][number]", "4242424242424242"),
            ("payment_method_data[card][exp_month]", "12"), ("payment_method_data[card][exp_year]", "2034"),
            ("payment_method_data[card][cvc]", "123")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("succeeded", body.RootElement.GetProperty("status").GetString());
    }
}
