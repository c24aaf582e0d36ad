using System.Text.RegularExpressions;
using Npgsql;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// A case on a PostgreSQL server: the connection and the schema its tables live in. Read from a URL
/// (<c>postgres://user@host:port/db?schema=NAME</c>) or a connection string (<c>Host=...;Database=...;Schema=NAME</c>).
/// A password may be given (in the URL, the connection string, <c>PGPASSWORD</c> or <c>~/.pgpass</c>), but it is never
/// shown: <see cref="ToString"/> and every message name the case without it.
/// </summary>
public sealed partial class PostgresLocation
{
    /// <summary>The schema when none is named.</summary>
    public const string DefaultSchema = "triangulate";

    private PostgresLocation(NpgsqlConnectionStringBuilder connection, string schema)
    {
        Connection = connection;
        Schema = schema;
    }

    /// <summary>How to connect (password included when one was given; never print it).</summary>
    public NpgsqlConnectionStringBuilder Connection { get; }

    /// <summary>The schema holding the case's tables.</summary>
    public string Schema { get; }

    /// <summary>Whether a value names a PostgreSQL case (a <c>postgres://</c> or <c>postgresql://</c> URL, or a connection string).</summary>
    public static bool Looks(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || ConnectionStringKey().IsMatch(value);

    /// <summary>Reads a location; a mistake is a <see cref="FormatException"/> whose message shows no password.</summary>
    public static PostgresLocation Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Contains("://", StringComparison.Ordinal) ? FromUrl(value) : FromConnectionString(value);
    }

    private static PostgresLocation FromUrl(string value)
    {
        // Read by hand, not with System.Uri: a Unix socket folder as host (%2Frun%2Fpostgresql) is no host to Uri.
        var match = Url().Match(value);
        if (!match.Success)
        {
            throw new FormatException($"'{Redact(value)}' is not a postgres:// URL (postgres://user@host:port/database?schema=NAME)");
        }

        var builder = new NpgsqlConnectionStringBuilder();
        var query = ParseQuery(match.Groups["query"].Value);
        var host = Uri.UnescapeDataString(match.Groups["host"].Value);
        builder.Host = query.Remove("host", out var socketHost) ? socketHost : host.Trim('[', ']');
        if (match.Groups["port"].Success)
        {
            builder.Port = int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (match.Groups["user"].Success)
        {
            builder.Username = Uri.UnescapeDataString(match.Groups["user"].Value);
        }

        if (match.Groups["password"].Success)
        {
            builder.Password = Uri.UnescapeDataString(match.Groups["password"].Value);
        }

        var database = Uri.UnescapeDataString(match.Groups["database"].Value);
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        var schema = query.Remove("schema", out var s) ? s : DefaultSchema;
        foreach (var (key, item) in query)
        {
            try
            {
                builder[key] = item;
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
            {
                throw new FormatException($"'{Redact(value)}': unknown or bad setting '{key}'", ex);
            }
        }

        return Checked(builder, schema, value);
    }

    private static PostgresLocation FromConnectionString(string value)
    {
        NpgsqlConnectionStringBuilder builder;
        string schema = DefaultSchema;
        try
        {
            // Schema is ours, not Npgsql's: taken out before Npgsql reads the rest.
            var parts = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var schemaPart = parts.FindLast(p => p.StartsWith("schema=", StringComparison.OrdinalIgnoreCase));
            if (schemaPart is not null)
            {
                schema = schemaPart["schema=".Length..].Trim();
                parts.RemoveAll(p => p.StartsWith("schema=", StringComparison.OrdinalIgnoreCase));
            }

            builder = new NpgsqlConnectionStringBuilder(string.Join(';', parts));
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            throw new FormatException($"'{Redact(value)}' is not a PostgreSQL connection string ({ex.GetType().Name})", ex);
        }

        return Checked(builder, schema, value);
    }

    private static PostgresLocation Checked(NpgsqlConnectionStringBuilder builder, string schema, string value)
    {
        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new FormatException($"'{Redact(value)}' names no host");
        }

        if (!SchemaName().IsMatch(schema))
        {
            throw new FormatException($"'{Redact(value)}': schema '{schema}' must be letters, digits and _ (at most 63, starting with a letter or _)");
        }

        // The search path makes every statement of the stores find the case's tables without naming the schema.
        schema = schema.ToLowerInvariant();
        builder.SearchPath = schema;
        builder.ApplicationName ??= "triangulate";

        // No connection pool: a process keeps the one connection of each case it opens, and pools (one per schema)
        // would keep idle server sessions of every case a copy or a benchmark touched, against the server's
        // max_connections that every worker shares.
        builder.Pooling = false;
        return new PostgresLocation(builder, schema);
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            result[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : string.Empty;
        }

        return result;
    }

    /// <summary>A value as it may be shown: any password in it replaced by <c>***</c>.</summary>
    public static string Redact(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var url = UrlPassword().Replace(value, "$1***@");
        return PasswordSetting().Replace(url, "$1***");
    }

    /// <summary>The case as it is shown: <c>postgres://user@host:port/database?schema=NAME</c>, never with a password.</summary>
    public override string ToString()
    {
        var user = string.IsNullOrEmpty(Connection.Username) ? string.Empty : Uri.EscapeDataString(Connection.Username) + "@";
        var host = Connection.Host!.StartsWith('/') ? Uri.EscapeDataString(Connection.Host) : Connection.Host;
        return $"postgres://{user}{host}:{Connection.Port}/{Connection.Database}?schema={Schema}";
    }

    [GeneratedRegex(@"(^|;)\s*(host|server|database|username|user id|port)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringKey();

    [GeneratedRegex(@"^postgres(ql)?://(?:(?<user>[^:@/?]*)(?::(?<password>[^@/?]*))?@)?(?<host>\[[^\]]*\]|[^:/?]*)(?::(?<port>\d{1,5}))?(?:/(?<database>[^?]*))?(?:\?(?<query>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();

    [GeneratedRegex(@"(://[^:/@?#]*:)[^@/]*@")]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"((?:^|;)\s*(?:password|pwd)\s*=)[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordSetting();
}
