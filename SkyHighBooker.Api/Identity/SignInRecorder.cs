using Microsoft.Extensions.Caching.Memory;
using Npgsql;
using SkyHighBooker.Api.Accounts;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Identity;

/// <summary>
/// Records each signed-in user the first time the Api sees them, and their last sign-in (the token's auth_time),
/// with one upsert per new sign-in rather than a write per request.
/// </summary>
public sealed class SignInRecorder(IMemoryCache seen, TimeProvider clock) : IMiddleware
{
    /// <summary>About what one sighting takes in the memory cache, whose size limit is counted in bytes (PublicReadsSetup).</summary>
    private const int SightingBytes = 256;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var userId = user.UserId();
            var signedInAt = user.AuthenticatedAt();
            var role = user.Role();
            var key = $"signin:{userId}:{signedInAt?.ToUnixTimeSeconds()}:{role}";
            if (!seen.TryGetValue(key, out _))
            {
                var db = context.RequestServices.GetRequiredService<BookerDbContext>();
                var now = clock.UtcNowAsStored();
                try
                {
                    await db.Database.ExecuteBatchAsync([SqlBatch.Command($"""
                        INSERT INTO users (id, role, last_login_at, created_at, updated_at) VALUES ({userId}, {role}, {signedInAt}, {now}, {now})
                        ON CONFLICT (id) DO UPDATE
                        SET last_login_at = GREATEST(users.last_login_at, excluded.last_login_at), role = excluded.role, updated_at = excluded.updated_at
                        WHERE users.last_login_at IS DISTINCT FROM GREATEST(users.last_login_at, excluded.last_login_at)
                           OR users.role <> excluded.role
                        """)], context.RequestAborted);
                    seen.Set(key, true, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1), Size = SightingBytes });
                }
                catch (PostgresException erased) when (ErasedAccounts.Refuses(erased))
                {
                    // a deleted account's token, still in its hour: not recorded again; what it may still do (finish its
                    // own deletion) goes on, and anything it would file under the account is refused the same way
                }
            }
        }
        await next(context);
    }
}
