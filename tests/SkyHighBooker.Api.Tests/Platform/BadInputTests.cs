using System.Net;
using System.Net.Http.Json;
using System.Text;
using SkyHighBooker.Api.Admin;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Seats;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>
/// Whatever a client sends, a mistake of its own is a 4xx RFC 9457 answer and writes nothing: in Development, where
/// minimal APIs throw on bad requests, as in Production.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiFixture api)
{
    public static TheoryData<string> Environments => new(ApiFixture.ServingEnvironments);

    private const string ValidPassenger = """{ "name": "Ann Lead", "email": "ann@example.com", "seat": "5A" }""";

    public static TheoryData<string, string, string> WrongTypes
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var environment in ApiFixture.ServingEnvironments)
            {
                data.Add(environment, $$"""{ "flightId": "not-a-guid", "passengers": [{{ValidPassenger}}] }""", "flightId");
                data.Add(environment, $$"""{ "flightId": 42, "passengers": [{{ValidPassenger}}] }""", "flightId");
                data.Add(environment, """{ "flightId": "{flight}", "passengers": { "name": "Ann Lead" } }""", "passengers");
                data.Add(environment, """{ "flightId": "{flight}", "passengers": [{ "name": 42, "email": "ann@example.com", "seat": "5A" }] }""", "passengers[0].name");
                data.Add(environment, """{ "flightId": "{flight}", "passengers": [{ "name": "Ann Lead", "email": ["ann@example.com"], "seat": "5A" }] }""", "passengers[0].email");
                data.Add(environment, """{ "flightId": "{flight}", "passengers": [{ "name": "Ann Lead", "email": "ann@example.com", "seat": true }] }""", "passengers[0].seat");
                data.Add(environment, """{ "FlightId": "{flight}", "Passengers": [{ "Name": "Ann Lead", "Email": "ann@example.com", "Seat": 5 }] }""", "passengers[0].seat");
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field_and_books_nothing(string environment, string body, string field)
    {
        var (flight, client, user, key) = await NewBookingAttemptAsync(environment);

        var response = await client.SendAsync(Booking(Json(body.Replace("{flight}", flight.ToString())), key));

        await ProblemAssertions.AssertValidationProblemNamingAsync(response, field);
        await AssertNothingBookedAsync(user, key);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Malformed_json_is_a_400_naming_where_it_broke_and_books_nothing(string environment)
    {
        var (flight, client, user, key) = await NewBookingAttemptAsync(environment);

        var unquoted = await client.SendAsync(Booking(Json($$"""{ "flightId": {{flight}}, "passengers": [{{ValidPassenger}}] }"""), key));
        await ProblemAssertions.AssertValidationProblemNamingAsync(unquoted, "flightId");
        var cutShort = await client.SendAsync(Booking(Json($$"""{ "flightId": "{{flight}}", "passengers": [{ "name": "Ann"""), key));
        await ProblemAssertions.AssertProblemAsync(cutShort, HttpStatusCode.BadRequest);
        var empty = await client.SendAsync(Booking(Json(""), key));
        await ProblemAssertions.AssertProblemAsync(empty, HttpStatusCode.BadRequest);
        await AssertNothingBookedAsync(user, key);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_json_array_or_null_body_is_a_400_and_books_nothing(string environment)
    {
        var (flight, client, user, key) = await NewBookingAttemptAsync(environment);

        var array = await client.SendAsync(Booking(Json($$"""[{ "flightId": "{{flight}}", "passengers": [{{ValidPassenger}}] }]"""), key));
        await ProblemAssertions.AssertProblemAsync(array, HttpStatusCode.BadRequest);
        var nothing = await client.SendAsync(Booking(Json("null"), key));
        await ProblemAssertions.AssertProblemAsync(nothing, HttpStatusCode.BadRequest);
        await AssertNothingBookedAsync(user, key);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Json_nested_5000_deep_is_a_400_and_books_nothing(string environment)
    {
        var (flight, client, user, key) = await NewBookingAttemptAsync(environment);
        var deep = new string('[', 5000) + new string(']', 5000);

        var inField = await client.SendAsync(Booking(Json($$"""{ "flightId": "{{flight}}", "passengers": {{deep}} }"""), key));
        await ProblemAssertions.AssertProblemAsync(inField, HttpStatusCode.BadRequest);
        var inUnknownField = await client.SendAsync(Booking(Json($$"""{ "flightId": "{{flight}}", "extra": {{deep}}, "passengers": [{{ValidPassenger}}] }"""), key));
        await ProblemAssertions.AssertProblemAsync(inUnknownField, HttpStatusCode.BadRequest);
        var whole = await client.SendAsync(Booking(Json(deep), key));
        await ProblemAssertions.AssertProblemAsync(whole, HttpStatusCode.BadRequest);
        await AssertNothingBookedAsync(user, key);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_10_MB_body_is_a_413_and_books_nothing(string environment)
    {
        var (flight, signedIn, user, key) = await NewBookingAttemptAsync(environment);
        var huge = $$"""{ "flightId": "{{flight}}", "passengers": [{ "name": "{{new string('x', 10 * 1024 * 1024)}}", "email": "ann@example.com", "seat": "5A" }] }""";
        using var client = ExpectingContinue(signedIn);

        await ProblemAssertions.AssertProblemAsync(await client.SendAsync(Booking(Json(huge), key)), HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingBookedAsync(user, key);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_body_too_large_for_an_endpoint_that_reads_it_itself_is_a_413_not_a_500(string environment)
    {
        // The Stripe webhook reads its body as text, outside minimal APIs' binding: Kestrel's BadHttpRequestException
        // reaches the exception handler, where it was a 500 in every environment.
        using var client = ExpectingContinue(api.InEnvironment(environment).CreateClient());
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook") { Content = Json(new string(' ', 2 * 1024 * 1024) + "{}") };
        request.Headers.Add("Stripe-Signature", "t=1,v1=0");

        await ProblemAssertions.AssertProblemAsync(await client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_body_without_a_json_content_type_is_a_415_and_books_nothing(string environment)
    {
        var (flight, client, user, key) = await NewBookingAttemptAsync(environment);
        var body = $$"""{ "flightId": "{{flight}}", "passengers": [{{ValidPassenger}}] }""";

        var untyped = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        await ProblemAssertions.AssertProblemAsync(await client.SendAsync(Booking(untyped, key)), HttpStatusCode.UnsupportedMediaType);
        var text = new StringContent(body, Encoding.UTF8, "text/plain");
        await ProblemAssertions.AssertProblemAsync(await client.SendAsync(Booking(text, key)), HttpStatusCode.UnsupportedMediaType);
        var form = new FormUrlEncodedContent([new("flightId", flight.ToString())]);
        await ProblemAssertions.AssertProblemAsync(await client.SendAsync(Booking(form, key)), HttpStatusCode.UnsupportedMediaType);
        await AssertNothingBookedAsync(user, key);
    }

    public static TheoryData<string, string, string, string> ControlCharacters
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var environment in ApiFixture.ServingEnvironments)
            {
                data.Add(environment, "name", "Ann\0Lead", "passengers[0].name");
                data.Add(environment, "name", "Ann\u0007Lead", "passengers[0].name");
                data.Add(environment, "name", "Ann\nLead", "passengers[0].name");
                data.Add(environment, "email", "ann\0@example.com", "passengers[0].email");
                data.Add(environment, "email", "ann@example.com\u0085", "passengers[0].email");
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public async Task A_control_character_in_a_passenger_is_a_400_naming_the_field_and_books_nothing(
        string environment, string property, string value, string field)
    {
        var (flight, client, user, key) = await NewBookingAttemptAsync(environment);
        var passenger = new Dictionary<string, string> { ["name"] = "Ann Lead", ["email"] = "ann@example.com", ["seat"] = "5A" };
        passenger[property] = value;

        var response = await client.SendAsync(Booking(JsonContent.Create(new { flightId = flight, passengers = new[] { passenger } }), key));

        await ProblemAssertions.AssertValidationProblemNamingAsync(response, field);
        await AssertNothingBookedAsync(user, key);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_lone_surrogate_in_a_passenger_name_is_a_400_and_books_nothing(string environment)
    {
        var (flight, client, user, key) = await NewBookingAttemptAsync(environment);

        var response = await client.SendAsync(Booking(Json($$"""{ "flightId": "{{flight}}", "passengers": [{ "name": "Ann \ud800", "email": "ann@example.com", "seat": "5A" }] }"""), key));

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        await AssertNothingBookedAsync(user, key);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_control_character_in_an_admins_flight_is_a_400_naming_the_field_and_writes_nothing(string environment)
    {
        using var admin = await AdminAsync(environment);
        foreach (var (field, value) in new[] { ("airline", "Sky\0High"), ("aircraft", "Boeing\u001b737") })
        {
            var number = "SH" + Random.Shared.Next(1000, 9999);
            var flight = AdminFlight(number, 210m);
            flight[field] = value;
            await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.PostAsJsonAsync("/api/admin/flights", flight), field);
            await AssertNoSuchFlightAsync(flight);
        }
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_control_character_in_a_profile_name_is_a_400_naming_the_field_and_changes_nothing(string environment)
    {
        var (client, user) = await SignedInAsync(environment);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/me", new { firstName = "Ann", lastName = "Lead" })).StatusCode);

        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.PutAsJsonAsync("/api/me", new { firstName = "Ann\0", lastName = "Lead" }), "firstName");
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.PutAsJsonAsync("/api/me", new { firstName = "Ann", lastName = "Le\u0001ad" }), "lastName");
        Assert.Equal("Ann Lead", await api.ScalarAsync<string>("SELECT first_name || ' ' || last_name FROM users WHERE id = $1", user.Sub));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_flight_price_whose_bookings_could_overflow_is_a_400_and_the_highest_allowed_price_books_nine_business_seats(string environment)
    {
        using var admin = await AdminAsync(environment);
        foreach (var tooDear in new[] { FlightDraftValidator.MaxPrice + 0.01m, 99_999_999.99m })
        {
            var refused = AdminFlight("SH" + Random.Shared.Next(1000, 9999), tooDear);
            await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.PostAsJsonAsync("/api/admin/flights", refused), "price");
            await AssertNoSuchFlightAsync(refused);
        }

        var created = await admin.PostAsJsonAsync("/api/admin/flights", AdminFlight("SH" + Random.Shared.Next(1000, 9999), FlightDraftValidator.MaxPrice));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var flight = (await created.Content.ReadFromJsonAsync<FlightSummary>())!.Id;
        var business = TestFlights.Seats(189, "Boeing 737-800").Where(s => s.Cabin == Cabin.Business).Take(BookingRequestValidator.MaxPassengers).Select(s => s.Number).ToArray();
        Assert.Equal(BookingRequestValidator.MaxPassengers, business.Length);
        var (client, _) = await SignedInAsync(environment);
        var booked = await client.BookAsync(BookingCalls.Request(flight, business));
        Assert.True(booked.StatusCode == HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_booking_whose_total_would_overflow_a_stored_price_is_a_400_and_books_nothing(string environment)
    {
        var flight = await TestFlights.CreateAsync(api, 180, 180, "Airbus A320neo", price: 99_999_999.99m);
        var (client, user) = await SignedInAsync(environment);
        var layout = TestFlights.Seats(180, "Airbus A320neo");
        var key = Guid.NewGuid().ToString();

        var oneBusinessSeat = layout.First(s => s.Cabin == Cabin.Business).Number;
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.BookAsync(BookingCalls.Request(flight, oneBusinessSeat), key), "passengers");
        var nineEconomySeats = layout.Where(s => s.Cabin == Cabin.Economy).Take(9).Select(s => s.Number).ToArray();
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.BookAsync(BookingCalls.Request(flight, nineEconomySeats), key), "passengers");
        await AssertNothingBookedAsync(user, key);
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task An_idempotency_key_over_255_characters_is_a_400_and_one_of_240_books_and_opens_a_payment(string environment)
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        var (client, user) = await SignedInAsync(environment);
        var tooLong = new string('k', 256);

        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.BookAsync(BookingCalls.Request(flight, "5A"), tooLong), "Idempotency-Key");
        await AssertNothingBookedAsync(user, tooLong);

        var longKey = new string('k', 240);
        var booked = await client.BookAsync(BookingCalls.Request(flight, "5A"), longKey);
        Assert.True(booked.StatusCode == HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        var booking = (await booked.Content.ReadFromJsonAsync<BookingView>())!;

        var payment = new HttpRequestMessage(HttpMethod.Post, $"/api/bookings/{booking.Id}/payments");
        payment.Headers.Add("Idempotency-Key", tooLong);
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.SendAsync(payment), "Idempotency-Key");
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM payments WHERE booking_id = $1", booking.Id));

        var started = await client.StartPaymentAsync(booking.Id, new string('p', 240));
        Assert.Equal(booking.Id, started.BookingId);
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM payments WHERE booking_id = $1", booking.Id));
    }

    /// <summary>What a booking test starts from: its own flight, a new user signed in to the environment's host, a fresh key.</summary>
    private async Task<(Guid Flight, HttpClient Client, CognitoTestClient.TestUser User, string Key)> NewBookingAttemptAsync(string environment)
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        var (client, user) = await SignedInAsync(environment);
        return (flight, client, user, Guid.NewGuid().ToString());
    }

    private async Task<(HttpClient Client, CognitoTestClient.TestUser User)> SignedInAsync(string environment)
    {
        var user = await api.Users.NewUserAsync();
        return (api.ClientWithToken(user.Tokens.AccessToken, api.InEnvironment(environment)), user);
    }

    private async Task<HttpClient> AdminAsync(string environment)
    {
        var tokens = await api.Users.SignInAsync(CognitoLocalEmulator.AdminEmail, CognitoLocalEmulator.AdminPassword);
        return api.ClientWithToken(tokens.AccessToken, api.InEnvironment(environment));
    }

    /// <summary>Flight numbers repeat across days (and other tests draw them too): a flight is told apart by its number and departure.</summary>
    private async Task AssertNoSuchFlightAsync(Dictionary<string, object?> flight) =>
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM flights WHERE flight_number = $1 AND departure_time = $2",
            flight["flightNumber"]!, flight["departureTime"]!));

    private static Dictionary<string, object?> AdminFlight(string number, decimal price)
    {
        // Within the seeded 180 days: the seeding tests count the departure dates there are.
        var departure = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(60 + Random.Shared.Next(100)), TimeSpan.Zero).AddMinutes(Random.Shared.Next(24 * 60));
        return new()
        {
            ["flightNumber"] = number, ["airline"] = "Sky High Air", ["from"] = "JFK", ["to"] = "MIA",
            ["departureTime"] = departure, ["arrivalTime"] = departure.AddMinutes(190),
            ["price"] = price, ["aircraft"] = "Boeing 737-800", ["totalSeats"] = 189,
        };
    }

    /// <summary>
    /// A client like <paramref name="client"/> that, as curl does for a large body, announces it and waits for the go-ahead.
    /// Kestrel refuses a body over its limit from its Content-Length and closes the connection: a client still sending
    /// the body then may see the reset instead of the 413.
    /// </summary>
    private static HttpClient ExpectingContinue(HttpClient client) =>
        new(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = client.BaseAddress, DefaultRequestHeaders = { Authorization = client.DefaultRequestHeaders.Authorization, ExpectContinue = true },
        };

    private static HttpRequestMessage Booking(HttpContent content, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task AssertNothingBookedAsync(CognitoTestClient.TestUser user, string key)
    {
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE user_id = $1", user.Sub));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM idempotency_keys WHERE user_id = $1 AND key = $2", user.Sub, key));
    }
}
