using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ScsSim.Tests;

/// <summary>
/// The house rules that a review would otherwise have to remember (DESIGN.md; ScottPlot keeps its conventions the same way):
/// folders and namespaces agree, long files say why, records holding collections compare and print their contents, and
/// every public type says what it is for. The layer directions are <see cref="LayeringTests"/>.
/// </summary>
public sealed partial class HouseConventionTests
{
    /// <summary>The layers: the first folder under src/ScsSim. Sub-folders (Activation/Field, Fibre, Recruitment, Migration)
    /// organise files and do not make namespaces: by decision a layer is one namespace, so a user needs one <c>using</c> per
    /// layer, and moving a file between sub-folders never breaks a caller.</summary>
    private static readonly string[] Layers =
        ["Quantities", "Programming", "Safety", "Waveforms", "Activation", "DorsalHorn", "Scenarios", "Serialization"];

    [Fact]
    public void Every_source_file_declares_the_namespace_of_its_layer_folder()
    {
        var root = Repository.SourceRoot();
        var offences = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).Where(Repository.IsSource))
        {
            var relative = Path.GetRelativePath(root, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            var expected = parts.Length == 1 ? "ScsSim" : $"ScsSim.{parts[0]}";
            if (parts.Length > 1 && !Layers.Contains(parts[0])) offences.Add($"{relative}: folder {parts[0]} is not a layer");
            var declared = NamespaceDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct().ToArray();
            if (declared.Length != 1 || declared[0] != expected)
                offences.Add($"{relative}: declares {string.Join(", ", declared.DefaultIfEmpty("no namespace"))}, expected {expected}");
        }
        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void Every_type_lives_in_the_root_namespace_or_a_layer()
    {
        var allowed = Layers.Select(l => $"ScsSim.{l}").Append("ScsSim").ToHashSet();
        var strays = typeof(Guard).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace is not null && !IsCompilerGenerated(t) && !allowed.Contains(t.Namespace) && !t.Namespace.StartsWith("System.", StringComparison.Ordinal))
            .Select(t => t.FullName).ToArray();
        Assert.Empty(strays);
    }

    /// <summary>Every layer holds one public type per file, named like the file (issue 10). Partial declarations (the
    /// quantity relations, which add operators to generated types in one place) do not count.</summary>
    private static readonly string[] OnePublicTypePerFileLayers = Layers;

    [Fact]
    public void A_file_of_a_split_layer_holds_one_public_type_named_like_the_file()
    {
        var offences = new List<string>();
        foreach (var layer in OnePublicTypePerFileLayers)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Repository.SourceRoot(), layer), "*.cs", SearchOption.AllDirectories).Where(Repository.IsSource))
            {
                var types = TopLevelPublicType().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToArray();
                var relative = Path.GetRelativePath(Repository.SourceRoot(), file);
                if (types.Length > 1) offences.Add($"{relative}: {types.Length} public types ({string.Join(", ", types)})");
                else if (types.Length == 1 && types[0] != Path.GetFileNameWithoutExtension(file)) offences.Add($"{relative}: holds {types[0]}");
            }
        }
        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void A_file_over_400_lines_says_why_at_its_top()
    {
        var offences = new List<string>();
        foreach (var file in Repository.CodeFiles())
        {
            var lines = File.ReadAllLines(file);
            if (lines.Length <= 400) continue;
            if (!lines.Take(20).Any(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal) && l.Contains("Over 400 lines on purpose:", StringComparison.Ordinal)))
                offences.Add($"{Path.GetRelativePath(Repository.Root(), file)}: {lines.Length} lines and no \"// Over 400 lines on purpose: ...\" in its first 20 lines");
        }
        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void A_public_record_that_holds_a_collection_compares_and_prints_its_contents()
    {
        var offences = new List<string>();
        foreach (var type in typeof(Guard).Assembly.GetExportedTypes().Where(IsRecord))
        {
            var collections = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)).Select(p => p.Name).ToArray();
            if (collections.Length == 0) continue;
            var equals = type.GetMethod("Equals", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, [type]);
            var hash = type.GetMethod("GetHashCode", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes);
            var text = type.GetMethod("ToString", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes);
            var print = type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly, [typeof(System.Text.StringBuilder)]);
            var name = $"{type.Name} (collections: {string.Join(", ", collections)})";
            if (equals is null || IsCompilerGenerated(equals)) offences.Add($"{name}: Equals compares the collections by reference");
            if (hash is null || IsCompilerGenerated(hash)) offences.Add($"{name}: GetHashCode hashes the collections by reference");
            if ((text is null || IsCompilerGenerated(text)) && (print is null || IsCompilerGenerated(print)))
                offences.Add($"{name}: ToString prints the collections' type names, not their contents");
            else if (text is not null && !IsCompilerGenerated(text) && !text.IsFinal && type.IsSealed is false)
                offences.Add($"{name}: ToString should be a sealed override");
        }
        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void Every_public_type_says_what_it_is_for()
    {
        var docs = XDocument.Load(Path.ChangeExtension(typeof(Guard).Assembly.Location, ".xml"));
        var summaries = docs.Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("T:", StringComparison.Ordinal) == true)
            .ToDictionary(m => ((string)m.Attribute("name")!)[2..], m => string.Concat(m.Element("summary")?.DescendantNodes().OfType<XText>().Select(t => t.Value) ?? []).Trim());
        var offences = new List<string>();
        foreach (var type in typeof(Guard).Assembly.GetExportedTypes())
        {
            var key = type.FullName!.Replace('+', '.');
            if (!summaries.TryGetValue(key, out var summary)) offences.Add($"{key}: no summary");
            else if (summary.Length < 40) offences.Add($"{key}: summary \"{summary}\" is too short to say what the type is for");
        }
        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static bool IsCompilerGenerated(MemberInfo member) => member.GetCustomAttribute<CompilerGeneratedAttribute>() is not null;

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^public (?!(?:[a-z]+ )*partial )(?:[a-z]+ )*?(?:record struct|record|class|struct|enum|interface) (\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();
}

/// <summary>Where the repository's files are, found from the test binaries.</summary>
internal static class Repository
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ScsSim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("ScsSim.sln not found above the test binaries");
    }

    public static string SourceRoot() => Path.Combine(Root(), "src", "ScsSim");

    /// <summary>Hand-written C# files (not bin/obj output).</summary>
    public static bool IsSource(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        return !parts.Contains("bin") && !parts.Contains("obj");
    }

    /// <summary>Every hand-written C# file of src, samples, tests and benchmarks.</summary>
    public static IEnumerable<string> CodeFiles() =>
        new[] { "src", "samples", "tests", "benchmarks" }.Select(f => Path.Combine(Root(), f)).Where(Directory.Exists)
            .SelectMany(f => Directory.GetFiles(f, "*.cs", SearchOption.AllDirectories)).Where(IsSource);
}
