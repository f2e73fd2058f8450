using System.Net;
using System.Net.Http.Json;
using Npgsql;
using SkyHighBooker.Api.Accounts;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Accounts;

/// <summary>
/// Deleting an account while the same account books (another tab, a retry in flight, a token still in its hour): every
/// booking either went in before the erasure and was erased with the rest, or came after it and was refused.
/// </summary>
[Collection(MoneyCollection.Name)]
public sealed class AccountErasureRaceTests(ApiFixture api)
{
    private const int Rounds = 12;
    private const int RacingBookings = 3;

    [Fact]
    public async Task Bookings_racing_an_account_deletion_are_either_erased_with_it_or_refused_and_none_is_left_under_the_account()
    {
        var flight = await TestFlights.CreateAsync(api, totalSeats: 76, availableSeats: 76);
        var seats = TestFlights.Seats(76);
        var booked = new List<Guid>();
        int erasedWith = 0, refused = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var user = await api.Users.NewUserAsync($"Racer{round}");
            using var client = api.SignedIn(user);
            var first = await client.BookAsync(BookingCalls.Request(flight, seats[round * (RacingBookings + 1)].Number));
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            var made = new List<Guid> { (await first.Content.ReadFromJsonAsync<BookingView>())!.Id };

            var erasure = EraseAsync(client);
            var racing = Enumerable.Range(1, RacingBookings)
                .Select(i => client.BookAsync(BookingCalls.Request(flight, seats[round * (RacingBookings + 1) + i].Number))).ToList();
            var erased = await erasure;
            foreach (var response in await Task.WhenAll(racing))
            {
                (response.StatusCode == HttpStatusCode.Created ? ref erasedWith : ref refused)++;
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    made.Add((await response.Content.ReadFromJsonAsync<BookingView>())!.Id);
                    continue;
                }
                await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden);
                Assert.Contains("This account has been deleted.", await response.Content.ReadAsStringAsync());
            }

            Assert.Equal(HttpStatusCode.Created, erased.StatusCode);
            var view = (await erased.Content.ReadFromJsonAsync<AccountErasureView>())!;
            Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE user_id = $1", user.Sub));
            Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM users WHERE id = $1", user.Sub));
            Assert.Equal(made.Count, await api.ScalarAsync<long>(
                "SELECT count(*) FROM bookings WHERE id = ANY($1) AND booking_status = 'cancelled' AND user_id LIKE 'erased:%' AND passenger_name = $2",
                made.ToArray(), AccountErasure.ErasedName));
            Assert.Equal(made.Count, view.AnonymisedBookings);
            Assert.Equal(made.Count, view.CancelledBookings);
            booked.AddRange(made);
        }

        // Most rounds interleave one way or the other; over all of them both outcomes must have happened, or the race was not run.
        Assert.True(refused > 0, $"no booking came after an erasure in any round ({erasedWith} went before)");
        await api.Invariants.AssertHoldAsync([.. booked]);
    }

    [Fact]
    public async Task A_deleted_accounts_token_books_nothing_and_cannot_file_anything_under_the_account_again()
    {
        var flight = await TestFlights.CreateAsync(api, totalSeats: 76, availableSeats: 76);
        var user = await api.Users.NewUserAsync("Gone");
        using var client = api.SignedIn(user);
        Assert.Equal(HttpStatusCode.Created, (await EraseAsync(client)).StatusCode);

        var booking = await client.BookAsync(BookingCalls.Request(flight, "3C"));

        await ProblemAssertions.AssertProblemAsync(booking, HttpStatusCode.Forbidden);
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE flight_id = $1", flight));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE flight_id = $1", flight));
        // Another Api process, one that never saw this token, would record the sign-in: the database refuses it.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => api.ScalarAsync<long>(
            "INSERT INTO users (id, role) VALUES ($1, 'user') RETURNING 1", user.Sub));
        Assert.Equal(ErasedAccounts.SqlState, refused.SqlState);
        await api.Invariants.AssertHoldAsync([]);
    }

    private static Task<HttpResponseMessage> EraseAsync(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/erasure");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return client.SendAsync(request);
    }
}
