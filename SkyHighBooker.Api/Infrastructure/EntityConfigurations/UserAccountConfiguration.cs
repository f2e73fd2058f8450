using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Identity;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> user)
    {
        user.ToTable("users", t => t.HasCheckConstraint("ck_users_role", SqlConditions.OneOf("role", UserRoles.All)));
        user.HasKey(u => u.Id);
        user.Property(u => u.Id).HasMaxLength(128);
        user.Property(u => u.Email).HasMaxLength(320);
        user.Property(u => u.FirstName).HasMaxLength(100);
        user.Property(u => u.LastName).HasMaxLength(100);
        user.Property(u => u.Role).HasMaxLength(20).HasDefaultValue(UserRoles.User);
        user.Property(u => u.EmailVerified).HasDefaultValue(false);
        user.Property(u => u.MfaEnabled).HasDefaultValue(false);
        user.Property(u => u.CreatedAt).HasDefaultValueSql("now()");
        user.Property(u => u.UpdatedAt).HasDefaultValueSql("now()");
        user.HasIndex(u => u.Email);
    }
}
