using System.Globalization;
using System.Text.Json;
using HireHub.Core.Domain;
using HireHub.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Components.Pages.Admin;

/// <summary>One field an audited change touched, its values as people read them ("—" for none).</summary>
public sealed record AuditChange(string Field, string Old, string New);

/// <summary>
/// The audit log in words: an action ("Worker hired"), a record type ("Candidate"), and each changed field by its label
/// with its old and new value. Events keep what the code wrote (camelCase JSON, enums as numbers, dates ISO); this is
/// the one place that reads them for a person, in their language and culture.
/// </summary>
public static class AuditText
{
    // Enums the events hold as numbers, by the field that holds them (the record type decides which "status").
    private static readonly Dictionary<(string? Record, string Field), Func<int, string>> Enums = new()
    {
        [(nameof(ExportedCandidate), "status")] = n => $"CandidateStatus_{(CandidateStatus)n}",
        [(null, "workerType")] = n => $"WorkerType_{(WorkerType)n}",
    };

    private const string ActionKey = "AuditAction_";

    public static string Action(IStringLocalizer<WebText> text, string action) => Localized(text, ActionKey + action, action);

    /// <summary>
    /// The actions whose words, as this page shows them in the reader's language, contain <paramref name="typed"/>
    /// (ignoring case), for the log's Action filter: people type what they read, not the stored code.
    /// </summary>
    public static IReadOnlyCollection<string> ActionsNamed(IStringLocalizer<WebText> text, string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }

        var compare = CultureInfo.CurrentCulture.CompareInfo;
        return [.. text.GetAllStrings(includeParentCultures: true)
            .Where(words => words.Name.StartsWith(ActionKey, StringComparison.Ordinal)
                && compare.IndexOf(words.Value, typed.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0)
            .Select(words => words.Name[ActionKey.Length..])];
    }

    public static string Record(IStringLocalizer<WebText> text, string entityType) => Localized(text, $"AuditRecord_{entityType}", entityType);

    public static string Field(IStringLocalizer<WebText> text, string field) =>
        text[$"AuditField_{field}"] is { ResourceNotFound: false } label ? label.Value : ExportFieldNames.Label(text, field);

    /// <summary>The fields whose value differs between <paramref name="before"/> and <paramref name="after"/> (every field of a record created or deleted).</summary>
    public static IReadOnlyList<AuditChange> Changes(IStringLocalizer<WebText> text, string entityType, string? before, string? after)
    {
        var old = Fields(before);
        var now = Fields(after);
        return [.. now.Keys.Concat(old.Keys).Distinct()
            .Where(field => !old.TryGetValue(field, out var o) || !now.TryGetValue(field, out var n) || o.GetRawText() != n.GetRawText())
            .Select(field => new AuditChange(
                Field(text, field),
                old.TryGetValue(field, out var o) ? Shown(text, entityType, field, o) : "—",
                now.TryGetValue(field, out var n) ? Shown(text, entityType, field, n) : "—"))
            // A field empty before and after (a new record's blank ones) changed nothing worth a line.
            .Where(change => change.Old != "—" || change.New != "—")];
    }

    // An object's fields, one level of nesting flattened ("recruiter.email"); a list or a value is one field, "value".
    private static Dictionary<string, JsonElement> Fields(string? json)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }

        var root = JsonDocument.Parse(json).RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            fields["value"] = root;
            return fields;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in property.Value.EnumerateObject())
                {
                    fields[$"{property.Name}.{inner.Name}"] = inner.Value;
                }
            }
            else
            {
                fields[property.Name] = property.Value;
            }
        }

        return fields;
    }

    private static string Shown(IStringLocalizer<WebText> text, string entityType, string field, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return "—";
            case JsonValueKind.True or JsonValueKind.False:
                return text[value.GetBoolean() ? "Yes" : "No"];
            case JsonValueKind.Number when value.TryGetInt32(out var number)
                && (Enums.GetValueOrDefault((entityType, field)) ?? Enums.GetValueOrDefault((null, field))) is { } key:
                return Localized(text, key(number), number.ToString(CultureInfo.CurrentCulture));
            case JsonValueKind.Array:
                return string.Join(", ", value.EnumerateArray().Select(v => Shown(text, entityType, field, v)));
            case JsonValueKind.String:
                var s = value.GetString()!;
                if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date.ToString("d", CultureInfo.CurrentCulture);
                }

                return Enum.TryParse<CandidateStatus>(s, out var status) && field == "status" ? Localized(text, $"CandidateStatus_{status}", s) : ExportFieldNames.Shown(field, s);
            default:
                return value.GetRawText();
        }
    }

    private static string Localized(IStringLocalizer<WebText> text, string key, string fallback) =>
        text[key] is { ResourceNotFound: false } found ? found.Value : fallback;
}
