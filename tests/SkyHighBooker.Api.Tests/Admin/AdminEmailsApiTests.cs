using System.Net;
using System.Text.Json;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Schema;

namespace SkyHighBooker.Api.Tests.Admin;

/// <summary>Emails refused for good or still not sent after several tries, listed for admins; one traveller's own, so the list is exact.</summary>
[Collection(ApiCollection.Name)]
public sealed class AdminEmailsApiTests(ApiFixture api)
{
    /// <summary>An email job as the Worker would have left it, recorded <paramref name="minutesAgo"/> minutes ago.</summary>
    private Task<Guid> EmailAsync(Guid booking, string kind, string status, int attempts, string? lastError, int minutesAgo) =>
        api.ScalarAsync<Guid>("""
            INSERT INTO email_jobs (booking_id, kind, status, attempts, last_error, next_attempt_at, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, now() + interval '5 minutes', now() - make_interval(mins => $6), now())
            RETURNING id
            """, booking, kind, status, attempts, (object?)lastError ?? DBNull.Value, minutesAgo);

    private static List<string> Rows(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i =>
            $"{i.GetProperty("id").GetGuid()} {i.GetProperty("kind").GetString()} {i.GetProperty("state").GetString()} {i.GetProperty("attempts").GetInt32()} {i.GetProperty("lastError")}")];

    [Fact]
    public async Task Admins_see_emails_refused_for_good_and_emails_not_sent_after_three_tries_oldest_first_filtered_and_paged()
    {
        var owner = $"user-emails-{Guid.NewGuid():N}";
        var (b1, b2, b3) = (await TestBookings.InsertAsync(api, owner), await TestBookings.InsertAsync(api, owner), await TestBookings.InsertAsync(api, owner));
        await EmailAsync(b1, EmailKind.BookingConfirmed, EmailJobStatus.Sent, 1, null, 50);
        var refused = await EmailAsync(b1, EmailKind.BookingCancelled, EmailJobStatus.Failed, 1, "550 5.1.1 mailbox unavailable", 40);
        var unreachable = await EmailAsync(b2, EmailKind.BookingConfirmed, EmailJobStatus.Pending, 4, "Connection refused", 30);
        await EmailAsync(b2, EmailKind.BookingCancelled, EmailJobStatus.Pending, 2, "Connection refused", 25); // still on its first tries
        var sending = await EmailAsync(b3, EmailKind.BookingConfirmed, EmailJobStatus.Sending, 3, "Timed out", 20);
        await EmailAsync(b3, EmailKind.BookingCancelled, EmailJobStatus.Skipped, 1, "booking cancelled before the email went out", 10);
        using var admin = await api.AdminAsync();
        async Task<JsonElement> ListAsync(string query) => JsonDocument.Parse(await admin.GetStringAsync($"/api/admin/emails/failed?userId={owner}{query}")).RootElement;

        var all = await ListAsync("");
        Assert.Equal([$"{refused} booking_cancelled failed 1 550 5.1.1 mailbox unavailable", $"{unreachable} booking_confirmed stuck 4 Connection refused",
            $"{sending} booking_confirmed stuck 3 Timed out"], Rows(all));
        Assert.Equal((3, 1), (all.GetProperty("totalCount").GetInt32(), all.GetProperty("totalPages").GetInt32()));
        var first = all.GetProperty("items")[0];
        Assert.Equal((b1, "passenger@example.com", JsonValueKind.Null), (first.GetProperty("bookingId").GetGuid(), first.GetProperty("recipient").GetString(),
            first.GetProperty("nextAttemptAt").ValueKind));
        Assert.Equal(6, first.GetProperty("bookingReference").GetString()!.Length);
        Assert.Equal(JsonValueKind.String, all.GetProperty("items")[1].GetProperty("nextAttemptAt").ValueKind);

        Assert.Equal([$"{refused} booking_cancelled failed 1 550 5.1.1 mailbox unavailable"], Rows(await ListAsync("&state=failed")));
        Assert.Equal([$"{unreachable} booking_confirmed stuck 4 Connection refused", $"{sending} booking_confirmed stuck 3 Timed out"],
            Rows(await ListAsync("&state=stuck&kind=booking_confirmed")));
        Assert.Equal([$"{sending} booking_confirmed stuck 3 Timed out"], Rows(await ListAsync($"&bookingId={b3}")));
        var second = await ListAsync("&pageSize=1&page=2");
        Assert.Equal([$"{unreachable} booking_confirmed stuck 4 Connection refused"], Rows(second));
        Assert.Equal((3, 3), (second.GetProperty("totalCount").GetInt32(), second.GetProperty("totalPages").GetInt32()));

        await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.GetAsync("/api/admin/emails/failed?state=lost"), "state");
        await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.GetAsync("/api/admin/emails/failed?kind=newsletter"), "kind");
        await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.GetAsync("/api/admin/emails/failed?bookingId=42"), "bookingId");
        await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.GetAsync("/api/admin/emails/failed?pageSize=1000"), "pageSize");
        await TestFlights.AssertInvariantsAsync(api);
    }

    [Fact]
    public async Task The_invariants_catch_a_confirmation_sent_for_a_booking_never_confirmed_and_a_confirmed_booking_cancelled_untold()
    {
        var owner = $"user-untrue-{Guid.NewGuid():N}";
        var (lapsed, untold) = (await TestBookings.InsertAsync(api, owner), await TestBookings.InsertAsync(api, owner));
        try
        {
            await api.ScalarAsync<int>("UPDATE bookings SET booking_status = $2 WHERE id = $1 RETURNING 0", lapsed, BookingStatus.Expired);
            await EmailAsync(lapsed, EmailKind.BookingConfirmed, EmailJobStatus.Sent, 1, null, 5);
            await api.ScalarAsync<int>("UPDATE bookings SET booking_status = $2 WHERE id = $1 RETURNING 0", untold, BookingStatus.Cancelled);
            await EmailAsync(untold, EmailKind.BookingConfirmed, EmailJobStatus.Skipped, 1, null, 5);

            var violations = await api.Invariants.DatabaseViolationsAsync();
            Assert.Contains($"a confirmation email is sent only for a booking that was confirmed: booking {lapsed} (expired) was sent its confirmation email", violations);
            Assert.Contains($"a cancelled booking that was confirmed has its cancellation email: booking {untold} was confirmed and is cancelled without a cancellation email", violations);
            Assert.DoesNotContain(violations, v => v.Contains(untold.ToString()) && v.StartsWith("a confirmation email", StringComparison.Ordinal)); // skipped, not sent
        }
        finally
        {
            // Put right again (the email jobs go with their bookings): the collection's later tests assert the invariants.
            await api.ScalarAsync<int>("WITH gone AS (DELETE FROM bookings WHERE id = ANY($1) RETURNING 1) SELECT count(*)::int FROM gone", new[] { lapsed, untold });
        }
    }

    [Fact]
    public async Task Failed_emails_are_for_admins_only()
    {
        using var anonymous = api.Factory.CreateClient();
        using var user = api.SignedIn(await api.Users.NewUserAsync("Nosy"));
        await ProblemAssertions.AssertProblemAsync(await anonymous.GetAsync("/api/admin/emails/failed"), HttpStatusCode.Unauthorized);
        await ProblemAssertions.AssertProblemAsync(await user.GetAsync("/api/admin/emails/failed"), HttpStatusCode.Forbidden);
    }
}
