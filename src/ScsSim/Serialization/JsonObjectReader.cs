using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ScsSim.Serialization;

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
