using System.Diagnostics.CodeAnalysis;
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
