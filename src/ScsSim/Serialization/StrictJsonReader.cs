using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ScsSim.Serialization;

/// <summary>
/// The problems found while reading one document, each at its JSON path. Readers keep going after a bad value so that a
/// file with several mistakes is reported in one go; an object whose parts are bad is simply not built.
/// </summary>
internal sealed partial class ReadProblems
{
    private readonly List<SettingsProblem> _problems = [];
    private Exception? _firstCause;

    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    public int Count => _problems.Count;

    /// <summary>Remembers that an unknown property was answered with "did you mean <paramref name="path"/>", so that the
    /// same mistake is not reported a second time as a missing required property.</summary>
    public void Suggested(string path) => _suggested.Add(path);

    public bool WasSuggested(string path) => _suggested.Contains(path);

    public void Add(string path, string description, Exception? cause = null)
    {
        _problems.Add(new SettingsProblem(path, description));
        _firstCause ??= cause;
    }

    public void ThrowIfAny()
    {
        if (_problems.Count > 0) throw new SettingsFormatException(_problems, _firstCause);
    }

    /// <summary>Runs a domain constructor and reports its complaint (an <see cref="ArgumentException"/>) at <paramref name="path"/>.</summary>
    /// <param name="path">Where the value or object is.</param>
    /// <param name="create">The constructor call.</param>
    /// <param name="value">The result, when the constructor accepted its arguments.</param>
    /// <param name="property">The property name to use in place of the constructor's parameter name, if it starts the message.</param>
    /// <param name="at">The object being built, if any: a complaint about one of its properties (the constructor's parameter
    /// "pulseWidth" for the property "pulseWidth_us") is reported at that property, in its name.</param>
    public bool TryCreate<T>(string path, Func<T> create, [MaybeNullWhen(false)] out T value, string? property = null, JsonObjectReader? at = null)
    {
        try
        {
            value = create();
            return true;
        }
        catch (ArgumentException e)
        {
            if (property is null && at is { } o && e.ParamName is { Length: > 0 } parameter && o.PropertyFor(parameter) is { } name)
            {
                path = o.Child(name);
                property = name;
            }
            Add(path, DomainMessage(e, property), e);
            value = default;
            return false;
        }
    }

    // ArgumentException appends " (Parameter 'x')" and ArgumentOutOfRangeException "Actual value was y.": the parameter is
    // the library's, not a word of the file format. When the message starts with that parameter, say the property instead.
    private static string DomainMessage(ArgumentException e, string? property)
    {
        var message = ParameterSuffix().Replace(e.Message, "").Trim();
        if (property is not null && e.ParamName is { Length: > 0 } name && message.StartsWith(name + " ", StringComparison.Ordinal))
            message = property + message[name.Length..];
        return message;
    }

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)(\s*Actual value was [^\r\n]*)?")]
    private static partial Regex ParameterSuffix();
}

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

/// <summary>Builds JSON paths the way the exception reports them: <c>$.a.b[2]</c>, or <c>$['odd name']</c> for names that are not simple words.</summary>
internal static class JsonPaths
{
    public static string Property(string parent, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Item(string parent, int index) => $"{parent}[{index.ToString(CultureInfo.InvariantCulture)}]";
}

/// <summary>
/// Reads one JSON object of a settings document: every property must be one of the allowed names (a typo is answered with
/// the nearest allowed name), required ones must be present, and null is never a value. Each accessor reports its problem
/// at the property's path and returns null, so the caller can read every field before deciding whether to build.
/// </summary>
internal readonly struct JsonObjectReader
{
    private readonly JsonElement _element;

    private JsonObjectReader(JsonElement element, string path, ReadProblems problems)
    {
        _element = element;
        Path = path;
        Problems = problems;
    }

    public string Path { get; }

    public ReadProblems Problems { get; }

    /// <summary>Opens <paramref name="element"/> as an object; reports a value of another type at <paramref name="path"/>,
    /// saying what was expected (<paramref name="what"/>, for example "a pulse").</summary>
    public static bool TryOpen(JsonElement element, string path, ReadProblems problems, string what, out JsonObjectReader reader)
    {
        reader = new JsonObjectReader(element, path, problems);
        if (element.ValueKind == JsonValueKind.Object) return true;
        problems.Add(path, $"expected {what} (a JSON object {{ ... }}), found {Describe(element)}.");
        return false;
    }

    /// <summary>Reports every property that is not in <paramref name="allowed"/>, suggesting the nearest allowed name.</summary>
    public void AllowOnly(params string[] allowed)
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) >= 0) continue;
            var nearest = NearestName.Find(property.Name, allowed);
            if (nearest is not null && !_element.TryGetProperty(nearest, out _)) Problems.Suggested(Child(nearest));
            Problems.Add(JsonPaths.Property(Path, property.Name), nearest is not null
                ? $"unknown property \"{property.Name}\"; did you mean \"{nearest}\"?"
                : $"unknown property \"{property.Name}\"; allowed here: {string.Join(", ", allowed)}.");
        }
    }

    public string Child(string name) => JsonPaths.Property(Path, name);

    /// <summary>The property of this object that a domain constructor's parameter stands for ("pulseWidth" -> "pulseWidth_us"), if present.</summary>
    public string? PropertyFor(string parameter)
    {
        foreach (var property in _element.EnumerateObject())
            if (property.Name == parameter || property.Name.StartsWith(parameter + "_", StringComparison.Ordinal)) return property.Name;
        return null;
    }

    /// <summary>A property of this object whose name is a likely typo of <paramref name="name"/>, if any.</summary>
    public string? NearMissOf(string name)
    {
        foreach (var property in _element.EnumerateObject())
            if (NearestName.Find(property.Name, [name]) is not null) return property.Name;
        return null;
    }

    /// <summary>The value of a property that must not be null; reports a missing required one and a null.</summary>
    public bool TryGet(string name, bool required, out JsonElement value)
    {
        if (!_element.TryGetProperty(name, out value))
        {
            if (required && !Problems.WasSuggested(Child(name))) Problems.Add(Path, $"required property \"{name}\" is missing.");
            return false;
        }
        if (value.ValueKind != JsonValueKind.Null) return true;
        Problems.Add(Child(name), required
            ? $"null is not allowed; \"{name}\" needs a value."
            : $"null is not allowed; leave \"{name}\" out to use its default.");
        return false;
    }

    /// <summary>True when the property is present (null included), so an optional default applies only to an absent one.</summary>
    public bool Has(string name) => _element.TryGetProperty(name, out _);

    /// <summary>A finite number; anything else is reported.</summary>
    public double? Number(string name, bool required)
    {
        if (!TryGet(name, required, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Number)
        {
            Problems.Add(Child(name), $"expected a number, found {Describe(value)}.");
            return null;
        }
        if (value.TryGetDouble(out var number) && double.IsFinite(number)) return number;
        Problems.Add(Child(name), $"{value.GetRawText()} is too large; numbers must be finite, between -1.7976931348623157e308 and 1.7976931348623157e308.");
        return null;
    }

    /// <summary>A whole number written without a fraction or exponent, within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public long? Integer(string name, bool required, long min, long max)
    {
        if (!TryGet(name, required, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) && n >= min && n <= max) return n;
        Problems.Add(Child(name), value.ValueKind != JsonValueKind.Number
            ? $"expected a whole number, found {Describe(value)}."
            : value.TryGetInt64(out _) || value.GetRawText().All(c => char.IsAsciiDigit(c) || c == '-')
                ? $"{value.GetRawText()} is out of range; expected a whole number from {min} to {max}."
                : $"{value.GetRawText()} is not allowed; expected a whole number, written without a fraction or exponent.");
        return null;
    }

    /// <summary>A non-negative whole number that may use the whole range of an unsigned 64-bit seed.</summary>
    public ulong? UnsignedInteger(string name, bool required)
    {
        if (!TryGet(name, required, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var n)) return n;
        Problems.Add(Child(name), value.ValueKind == JsonValueKind.Number
            ? $"{value.GetRawText()} is not allowed; expected a whole number from 0 to {ulong.MaxValue}, written without a fraction or exponent."
            : $"expected a whole number, found {Describe(value)}.");
        return null;
    }

    /// <summary>A string.</summary>
    public string? Text(string name, bool required)
    {
        if (!TryGet(name, required, out var value)) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        Problems.Add(Child(name), $"expected a string, found {Describe(value)}.");
        return null;
    }

    /// <summary>One of the exact names in <paramref name="allowed"/> (case and spaces matter); a near miss gets a suggestion.</summary>
    public bool TryChoice<T>(string name, bool required, (string Name, T Value)[] allowed, [MaybeNullWhen(false)] out T choice)
    {
        choice = default;
        if (!TryGet(name, required, out var value)) return false;
        return TryChoice(value, Child(name), Problems, allowed, out choice);
    }

    /// <summary>Matches a string element against exact names; reports anything else at <paramref name="path"/>.</summary>
    public static bool TryChoice<T>(JsonElement value, string path, ReadProblems problems, (string Name, T Value)[] allowed, [MaybeNullWhen(false)] out T choice)
    {
        var names = allowed.Select(a => a.Name).ToArray();
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            foreach (var (n, v) in allowed)
            {
                if (string.Equals(n, text, StringComparison.Ordinal))
                {
                    choice = v;
                    return true;
                }
            }
            var nearest = NearestName.Find(text, names);
            problems.Add(path, $"\"{text}\" is not allowed; {(nearest is null ? "" : $"did you mean \"{nearest}\"? ")}use one of: {string.Join(", ", names)}.");
        }
        else
        {
            problems.Add(path, $"expected one of the names {string.Join(", ", names)} (a string), found {Describe(value)}.");
        }
        choice = default;
        return false;
    }

    /// <summary>The items of an array property; a missing, null or non-array value is reported.</summary>
    public bool TryArray(string name, bool required, out JsonElement.ArrayEnumerator items)
    {
        items = default;
        if (!TryGet(name, required, out var value)) return false;
        if (value.ValueKind == JsonValueKind.Array)
        {
            items = value.EnumerateArray();
            return true;
        }
        Problems.Add(Child(name), $"expected an array [ ... ], found {Describe(value)}.");
        return false;
    }

    /// <summary>Opens an object property.</summary>
    public bool TryObject(string name, bool required, string what, out JsonObjectReader reader)
    {
        reader = default;
        if (!TryGet(name, required, out var value)) return false;
        return TryOpen(value, Child(name), Problems, what, out reader);
    }

    /// <summary>A value for a message, in JSON terms ("the number 5", "the string \"x\"", "null").</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {Shorten(value.GetRawText())}",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}

/// <summary>The allowed name closest to a misspelt one, by edit distance ignoring case, when it is close enough to be a typo.</summary>
internal static class NearestName
{
    public static string? Find(string given, IReadOnlyList<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in allowed)
        {
            var d = Distance(given.ToUpperInvariant(), name.ToUpperInvariant());
            if (d < bestDistance)
            {
                best = name;
                bestDistance = d;
            }
        }
        // Same letters in another case, or a few edits in a longer name: a typo. Otherwise list the names instead of guessing.
        var tolerance = Math.Max(1, Math.Min(given.Length, best?.Length ?? 0) / 3);
        return best is not null && bestDistance <= tolerance ? best : null;
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64) return int.MaxValue;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
