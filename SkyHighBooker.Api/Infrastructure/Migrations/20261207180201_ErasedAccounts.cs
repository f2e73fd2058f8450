using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkyHighBooker.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ErasedAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "erased_accounts",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erased_accounts", x => x.user_id);
                });

            // Nothing new under a deleted account (SkyHighBooker.Api.Accounts.ErasedAccounts). The lock is taken shared, so
            // inserts for one account never wait on each other, only on its erasure, which takes it exclusively; the check
            // after it is a statement of its own, so it reads with a fresh snapshot and sees an erasure that just committed.
            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_erased_account() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    account text := to_jsonb(NEW) ->> TG_ARGV[0];
                BEGIN
                    PERFORM pg_advisory_xact_lock_shared(hashtextextended('account:' || account, 0));
                    IF EXISTS (SELECT 1 FROM erased_accounts WHERE user_id = account) THEN
                        RAISE EXCEPTION 'account % was deleted', account USING ERRCODE = 'SH410';
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER bookings_refuse_erased_account BEFORE INSERT ON bookings
                    FOR EACH ROW EXECUTE FUNCTION refuse_erased_account('user_id');
                CREATE TRIGGER users_refuse_erased_account BEFORE INSERT ON users
                    FOR EACH ROW EXECUTE FUNCTION refuse_erased_account('id');
                CREATE TRIGGER travel_documents_refuse_erased_account BEFORE INSERT ON travel_documents
                    FOR EACH ROW EXECUTE FUNCTION refuse_erased_account('user_id');

                -- A read made before a transaction, checked inside it once the rows are locked: a difference is a
                -- serialization failure, which the Api's execution strategy answers by running the operation again.
                CREATE FUNCTION assert_read_unchanged(read_now text, read_before text) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    IF read_now IS DISTINCT FROM read_before THEN
                        RAISE EXCEPTION 'the rows read before this transaction have changed' USING ERRCODE = '40001';
                    END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION assert_read_unchanged(text, text);
                DROP TRIGGER travel_documents_refuse_erased_account ON travel_documents;
                DROP TRIGGER users_refuse_erased_account ON users;
                DROP TRIGGER bookings_refuse_erased_account ON bookings;
                DROP FUNCTION refuse_erased_account();
                """);
            migrationBuilder.DropTable(
                name: "erased_accounts");
        }
    }
}
