using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ScsSim.Serialization;

/// <summary>
/// Parses JSON text strictly, before any value is looked at: a syntax error is reported at its path with a 1-based line and
/// column, and a property that appears twice in one object is reported at its path (JSON leaves duplicates undefined, and
/// "last one wins" would silently change a setting).
/// </summary>
internal static partial class StrictJson
{
    private const int MaxDepth = 64;
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = MaxDepth };
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = MaxDepth };

    /// <summary>Parses <paramref name="json"/>; throws a <see cref="SettingsFormatException"/> for a syntax error or a duplicate property.</summary>
    public static JsonDocument Parse(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);
        var problems = new ReadProblems();
        Scan(bytes, problems);
        problems.ThrowIfAny();
        return JsonDocument.Parse(bytes, DocumentOptions);
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;
        public int Index { get; set; } = -1;
        public string? Name { get; set; }
        public bool ValueDone { get; set; }
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }

    private static void Scan(byte[] bytes, ReadProblems problems)
    {
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var frame = frames[^1];
                    var name = reader.GetString()!;
                    frame.Name = name;
                    frame.ValueDone = false;
                    if (!frame.Names.Add(name))
                        problems.Add(PathOf(frames, includeCurrent: true),
                            $"\"{name}\" appears more than once in this object (line {LineOf(bytes, reader.TokenStartIndex)}); each property may be given only once.");
                    continue;
                }
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    if (frames.Count > 0) frames[^1].ValueDone = true;
                    continue;
                }
                if (frames.Count > 0 && frames[^1].IsArray) frames[^1].Index++;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                else if (frames.Count > 0) frames[^1].ValueDone = true;
            }
        }
        catch (JsonException e)
        {
            // Inside an object, the error is in the value of the current property until that value is complete.
            var inValue = frames.Count > 0 && !frames[^1].IsArray && frames[^1].Name is not null && !frames[^1].ValueDone;
            problems.Add(PathOf(frames, includeCurrent: inValue), SyntaxMessage(e, bytes.Length), e);
        }
    }

    private static string PathOf(List<Frame> frames, bool includeCurrent)
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < frames.Count; i++)
        {
            var f = frames[i];
            var last = i == frames.Count - 1;
            if (last && !includeCurrent) break;
            if (f.IsArray) { if (f.Index >= 0) path.Append('[').Append(f.Index.ToString(CultureInfo.InvariantCulture)).Append(']'); }
            else if (f.Name is not null) path.Append(JsonPaths.Property("", f.Name));
        }
        return path.ToString();
    }

    private static long LineOf(byte[] bytes, long offset)
    {
        long line = 1;
        for (long i = 0; i < offset && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') line++;
        return line;
    }

    // System.Text.Json's reader messages end with a 0-based "LineNumber: n | BytePositionInLine: m." and some speak of its own
    // API ("isFinalBlock"); keep the description, say where in 1-based lines and columns, and say plainly when the text ends early.
    private static string SyntaxMessage(JsonException e, int length)
    {
        var where = e.LineNumber is { } line && e.BytePositionInLine is { } column
            ? $" (line {line + 1}, column {column + 1})"
            : "";
        if (length == 0 || e.Message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
            return "the text is empty; expected a JSON object such as { \"version\": 1, ... }.";
        var text = Position().Replace(e.Message, "").Trim();
        if (text.Contains("reached end of data", StringComparison.Ordinal) || text.Contains("Expected depth to be zero", StringComparison.Ordinal)
            || text.Contains("isFinalBlock", StringComparison.Ordinal))
            return $"the text ends before the document is complete{where}: an object, array or string is not closed.";
        if (text.Contains("is invalid after a single JSON value", StringComparison.Ordinal))
            return $"there is more text after the end of the document{where}; a file holds one JSON object.";
        if (text.Contains("trailing comma", StringComparison.Ordinal))
            return $"not valid JSON{where}: a comma must not come right before '}}' or ']'.";
        if (text.Contains("maximum configured depth", StringComparison.Ordinal))
            return $"objects and arrays are nested more than {MaxDepth} levels deep{where}.";
        if (text.StartsWith("'N' is an invalid start of a value", StringComparison.Ordinal)
            || text.StartsWith("'I' is an invalid start of a value", StringComparison.Ordinal)
            || text.StartsWith("'I' is invalid within a number", StringComparison.Ordinal))
            text += " NaN and Infinity are not JSON numbers; write a finite number.";
        return $"not valid JSON{where}: {text}";
    }

    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex Position();
}
