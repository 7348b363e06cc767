namespace ScsSim.Serialization;

/// <summary>
/// A settings (or scenario) document could not be read: the message names the JSON path, the value and what is allowed.
/// When a document has several bad values they are all listed in <see cref="Problems"/> and in the message, one a line.
/// </summary>
/// <remarks>Immutable once thrown; safe to read from any thread.</remarks>
public sealed class SettingsFormatException : FormatException
{
    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="jsonPath">Where in the file, for example "$.program.pulse.amplitude_mA".</param>
    /// <param name="problem">What is wrong and what is allowed.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public SettingsFormatException(string jsonPath, string problem, Exception? inner = null)
        : this([new SettingsProblem(jsonPath, problem)], inner)
    {
    }

    /// <summary>Creates the exception for one or more problems; the first one gives <see cref="JsonPath"/>.</summary>
    /// <param name="problems">The problems, at least one; the first is the one <see cref="JsonPath"/> names.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty or holds null.</exception>
    public SettingsFormatException(IReadOnlyList<SettingsProblem> problems, Exception? inner)
        : base(Describe(problems), inner)
    {
        Problems = [.. problems];
        JsonPath = Problems[0].JsonPath;
    }

    /// <summary>Where in the file the (first) problem is, as a JSON path ("$" is the whole document).</summary>
    public string JsonPath { get; }

    /// <summary>
    /// Every problem found, never empty; the first one is at <see cref="JsonPath"/>. Within an object, unknown properties come
    /// first, then its values in the order of the schema. A syntax error or a duplicate property stops reading before any value
    /// is checked.
    /// </summary>
    public IReadOnlyList<SettingsProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SettingsProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0) throw new ArgumentException("problems must hold at least one problem.", nameof(problems));
        if (problems.Any(p => p is null)) throw new ArgumentException("problems must not hold null.", nameof(problems));
        return string.Join("\n", problems.Select(p => $"{p.JsonPath}: {p.Description}"));
    }
}
