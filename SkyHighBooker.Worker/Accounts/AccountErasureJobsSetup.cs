namespace SkyHighBooker.Worker.Accounts;

public static class AccountErasureJobsSetup
{
    /// <summary>Deleting erased accounts' files, without the background loop (tests drive it). Storage comes with the documents.</summary>
    public static IHostApplicationBuilder AddAccountErasureJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(AccountErasureJobOptions.Section).Get<AccountErasureJobOptions>() ?? new AccountErasureJobOptions());
        builder.Services.AddScoped<AccountErasureJobQueue>();
        builder.Services.AddScoped<AccountErasureJobProcessor>();
        return builder;
    }
}
