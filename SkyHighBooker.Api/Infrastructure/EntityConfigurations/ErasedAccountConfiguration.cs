using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Accounts;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class ErasedAccountConfiguration : IEntityTypeConfiguration<ErasedAccount>
{
    public void Configure(EntityTypeBuilder<ErasedAccount> account)
    {
        account.ToTable("erased_accounts");
        account.HasKey(a => a.UserId);
        account.Property(a => a.UserId).HasMaxLength(128);
        account.Property(a => a.ErasedAt).HasDefaultValueSql("now()");
    }
}
