namespace SkyHighBooker;

/// <summary>
/// The names of the AppHost's resources. A name is also how a service finds what it references: the database's is
/// the connection string's (ConnectionStrings:skyhighdb), the Api's the service-discovery host (http://api).
/// </summary>
public static class BookerResources
{
    public const string Postgres = "postgres";
    /// <summary>The hot standby of <see cref="Postgres"/> that serves the public reads (searches, a flight's details).</summary>
    public const string PostgresReplica = "postgres-replica";
    public const string Database = "skyhighdb";
    /// <summary>A hot standby of the database for public, staleness-tolerant reads (optional: without it they go to the primary).</summary>
    public const string DatabaseReplica = "skyhighdb-replica";
    public const string Cognito = "cognito";
    public const string CognitoSetup = "cognito-setup";
    public const string Storage = "s3";
    public const string Stripe = "stripe";
    public const string Mail = "mail";
    public const string Api = "api";
    public const string Worker = "worker";
    public const string Web = "web";
}
