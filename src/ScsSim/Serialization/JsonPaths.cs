using System.Globalization;

namespace ScsSim.Serialization;

/// <summary>Builds JSON paths the way the exception reports them: <c>$.a.b[2]</c>, or <c>$['odd name']</c> for names that are not simple words.</summary>
internal static class JsonPaths
{
    public static string Property(string parent, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Item(string parent, int index) => $"{parent}[{index.ToString(CultureInfo.InvariantCulture)}]";
}
