extern alias WorkerApp;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SkyHighBooker.Storage;
using WorkerApp::SkyHighBooker.Worker.Accounts;

namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>The Worker's account erasure processor, run in process against the tests' database and the shared S3 emulator.</summary>
public static class AccountErasureJobs
{
    /// <summary>Carries out every due file erasure; returns how many jobs were claimed.</summary>
    public static async Task<int> DrainAccountErasuresAsync(this ApiFixture api)
    {
        await using var database = NpgsqlDataSource.Create(api.ConnectionString);
        var processor = new AccountErasureJobProcessor(new AccountErasureJobQueue(database, new AccountErasureJobOptions(), TimeProvider.System),
            api.Factory.Services.GetRequiredService<FileStore>(), NullLogger<AccountErasureJobProcessor>.Instance);
        var total = 0;
        while (await processor.ProcessOnceAsync(CancellationToken.None) is var claimed and > 0) total += claimed;
        return total;
    }
}
