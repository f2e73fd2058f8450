namespace SkyHighBooker.Api.Accounts;

public static class AccountsSetup
{
    /// <summary>Deleting one's own account (the Worker deletes the files it leaves behind).</summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AccountErasure>();
        builder.Services.AddExceptionHandler<ErasedAccountProblems>();
        return builder;
    }
}
