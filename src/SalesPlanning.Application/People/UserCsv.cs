using System.Globalization;
using SalesPlanning.Application.Csv;

namespace SalesPlanning.Application.People;

/// <summary>One line of a users import as the preview shows it.</summary>
public sealed record UserImportRow(
    int Line,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> RepIn,
    IReadOnlyList<string> ManagerOf,
    bool IsValid);

/// <summary>What an import would do: every line, and every problem with its line number.</summary>
public sealed record UserImportPreview(IReadOnlyList<UserImportRow> Rows, IReadOnlyList<CsvLineError> Errors)
{
    public bool CanCommit => Errors.Count == 0 && Rows.Count > 0;
}

/// <summary>
/// The users CSV, read by <see cref="CsvReader"/> (columns in any order): email, name, roles
/// (Director;Manager;Rep;Admin), rep_in and manager_of (region codes separated by ';'), language
/// (zh-CN or en); email, name and roles need a value on every line. The export adds active and
/// last_sign_in, which an import ignores, so an exported file can be edited and imported elsewhere.
/// </summary>
public static class UserCsv
{
    public const string EmailColumn = "email";
    public const string NameColumn = "name";
    public const string RolesColumn = "roles";
    public const string RepInColumn = "rep_in";
    public const string ManagerOfColumn = "manager_of";
    public const string LanguageColumn = "language";
    public const string ActiveColumn = "active";
    public const string LastSignInColumn = "last_sign_in";
    public const int MaxRows = 5000;

    public static readonly CsvLayout Layout = new(
        [EmailColumn, NameColumn, RolesColumn],
        [RepInColumn, ManagerOfColumn, LanguageColumn, ActiveColumn, LastSignInColumn]);

    private static readonly string[] ExportHeader =
        [EmailColumn, NameColumn, RolesColumn, RepInColumn, ManagerOfColumn, LanguageColumn, ActiveColumn, LastSignInColumn];

    public sealed record Parsed(IReadOnlyList<CsvLineError> Errors, IReadOnlyList<(int Line, CreateUser Request)> Requests);

    public static Parsed Read(string csv)
    {
        var read = CsvReader.Read(csv, Layout, MaxRows);
        var blanks = read.Rows.SelectMany(row => Layout.Required.Where(column => row[column].Length == 0)
            .Select(column => new CsvLineError(row.Line, CsvMessages.Required, column, column)));
        var errors = read.Errors.Concat(blanks).OrderBy(e => e.Line).ToList();
        var badLines = errors.Select(e => e.Line).ToHashSet();
        var requests = read.Rows.Where(r => !badLines.Contains(r.Line)).Select(row => (row.Line, new CreateUser(
            row[EmailColumn],
            row[NameColumn],
            Split(row[RolesColumn]).Select(CanonicalRole).ToList(),
            Split(row[RepInColumn]),
            Split(row[ManagerOfColumn]),
            row[LanguageColumn].Length == 0 ? null : CanonicalCulture(row[LanguageColumn])))).ToList();
        return new Parsed(errors, requests);
    }

    public static byte[] Export(IEnumerable<UserListItem> users) =>
        CsvWriter.ToUtf8(ExportHeader, users.Select(u => (IReadOnlyList<string?>)
        [
            u.Email,
            u.DisplayName,
            string.Join(";", u.Roles),
            string.Join(";", u.RepIn),
            string.Join(";", u.ManagerOf),
            u.PreferredCulture,
            u.IsActive ? "true" : "false",
            u.LastSignInAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ]));

    /// <summary>The column a request field comes from, for messages per line.</summary>
    public static string Column(string field) => field switch
    {
        "Email" => EmailColumn,
        "DisplayName" => NameColumn,
        "Roles" => RolesColumn,
        "RepIn" => RepInColumn,
        "ManagerOf" => ManagerOfColumn,
        "PreferredCulture" => LanguageColumn,
        _ => field,
    };

    /// <summary>The key of a line's problems in a validation problem: "line 3" or "line 3: email".</summary>
    public static string ErrorKey(CsvLineError error) =>
        error.Column is null
            ? string.Create(CultureInfo.InvariantCulture, $"line {error.Line}")
            : string.Create(CultureInfo.InvariantCulture, $"line {error.Line}: {error.Column}");

    private static List<string> Split(string text) =>
        text.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string CanonicalRole(string role) =>
        Identity.Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase)) ?? role;

    private static string CanonicalCulture(string culture) =>
        UserFields.Cultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? culture;
}
