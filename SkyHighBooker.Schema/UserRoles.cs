namespace SkyHighBooker.Schema;

public static class UserRoles
{
    public const string User = "user";
    public const string Admin = "admin";

    public static readonly string[] All = [User, Admin];
}
