using System.Text.Json;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Serialization;

/// <summary>One thing wrong in a settings or scenario document.</summary>
/// <param name="JsonPath">Where, for example "$.program.pulse.amplitude_mA" ("$" is the whole document).</param>
/// <param name="Description">What is wrong and what is allowed, in the words of the file format.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SettingsProblem(string JsonPath, string Description);

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
    /// <param name="inner">The underlying exception, or null.</param>
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

/// <summary>The contents of a settings file: any of a program (or an area-specific program set), an electrode configuration, a device profile and a load impedance.</summary>
/// <param name="Program">A single program, or null.</param>
/// <param name="Electrodes">An electrode configuration, or null.</param>
/// <param name="Device">A device profile, or null.</param>
/// <param name="Impedance">The load impedance, or null.</param>
/// <param name="ProgramSet">An area-specific program set, or null.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StimulationSettings(
    StimulationProgram? Program = null,
    ElectrodeConfiguration? Electrodes = null,
    DeviceProfile? Device = null,
    Resistance? Impedance = null,
    ProgramSet? ProgramSet = null);

/// <summary>
/// Reads and writes settings files (JSON, version 1): strict, with units in every property name
/// (<c>amplitude_mA</c>, <c>pulseWidth_us</c>). The schema is described in the README.
/// </summary>
/// <remarks>
/// Reading is strict and reports with a <see cref="SettingsFormatException"/> that names the JSON path of each problem (all
/// of them, not only the first): a syntax error (with its 1-based line and column), a property given twice in one object,
/// an unknown property (a near miss is answered with the nearest allowed name), a missing required one, null anywhere,
/// a value of the wrong JSON type, a number outside the range of a double (1e400), a fraction where a whole number belongs,
/// a name ("kind", "polarity", "role"...) that is not exactly one of the documented ones (case and spaces matter), and values
/// outside their allowed range. Durations are read in the unit of their property name and rounded to the nearest nanosecond
/// (a positive duration must not round to zero); frequencies to the nearest millihertz. Writing then reading gives back equal
/// settings. Stateless and thread-safe.
/// </remarks>
public static class SettingsJson
{
    /// <summary>The file-format version this library writes and reads.</summary>
    public const int Version = 1;

    /// <summary>Writes settings as indented JSON.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">The settings are null.</exception>
    public static string Write(StimulationSettings settings) =>
        JsonSerializer.Serialize(SettingsMapper.ToDto(Guard.NotNull(settings, nameof(settings))), SettingsJsonContext.Default.SettingsFileDto);

    /// <summary>Reads settings from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="SettingsFormatException">The text is not a valid version-1 settings file.</exception>
    public static StimulationSettings Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return SettingsMapper.Read(json);
    }

    /// <summary>Reads a settings file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="SettingsFormatException">The file is not a valid settings file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static StimulationSettings ReadFile(string path) => Read(File.ReadAllText(path));

    /// <summary>Writes a settings file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="settings">The settings.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, StimulationSettings settings) => File.WriteAllText(path, Write(settings));

    /// <summary>Writes a file holding only a program.</summary>
    /// <param name="program">The program.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteProgram(StimulationProgram program) => Write(new(Program: Guard.NotNull(program, nameof(program))));

    /// <summary>Reads the program of a settings file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The program.</returns>
    /// <exception cref="SettingsFormatException">The file is invalid or has no "program".</exception>
    public static StimulationProgram ReadProgram(string json) =>
        Read(json).Program ?? throw new SettingsFormatException("$.program", "Required property \"program\" is missing.");

    /// <summary>Writes a file holding only an electrode configuration.</summary>
    /// <param name="electrodes">The configuration.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteElectrodes(ElectrodeConfiguration electrodes) => Write(new(Electrodes: Guard.NotNull(electrodes, nameof(electrodes))));

    /// <summary>Reads the electrode configuration of a settings file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="SettingsFormatException">The file is invalid or has no "electrodes".</exception>
    public static ElectrodeConfiguration ReadElectrodes(string json) =>
        Read(json).Electrodes ?? throw new SettingsFormatException("$.electrodes", "Required property \"electrodes\" is missing.");

    /// <summary>Writes a file holding only a device profile.</summary>
    /// <param name="device">The profile.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteDeviceProfile(DeviceProfile device) => Write(new(Device: Guard.NotNull(device, nameof(device))));

    /// <summary>Reads the device profile of a settings file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="SettingsFormatException">The file is invalid or has no "device".</exception>
    public static DeviceProfile ReadDeviceProfile(string json) =>
        Read(json).Device ?? throw new SettingsFormatException("$.device", "Required property \"device\" is missing.");
}
