using System.Text.RegularExpressions;

namespace ScsSim.Tests;

/// <summary>
/// The house's one-way layers (DESIGN.md): Quantities ← Programming → Safety / Waveforms / Activation → DorsalHorn, with
/// Scenarios on top and Serialization reading Programming's types. A folder of src/ScsSim must not name a layer it may
/// not depend on, neither by a using directive nor by a qualified name.
/// </summary>
public sealed partial class LayeringTests
{
    public static TheoryData<string, string[]> Forbidden => new()
    {
        { "Quantities", ["Programming", "Safety", "Waveforms", "Activation", "DorsalHorn", "Scenarios", "Serialization"] },
        { "Programming", ["Safety", "Waveforms", "Activation", "DorsalHorn", "Scenarios", "Serialization"] },
        { "Safety", ["Waveforms", "Activation", "DorsalHorn", "Scenarios", "Serialization"] },
        { "Waveforms", ["Safety", "Activation", "DorsalHorn", "Scenarios", "Serialization"] },
        { "Activation", ["DorsalHorn", "Scenarios", "Serialization"] },
        { "DorsalHorn", ["Scenarios", "Serialization"] },
        { "Serialization", ["Waveforms", "Activation", "DorsalHorn", "Scenarios"] },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_layer_does_not_use_the_layers_above_it(string folder, string[] forbidden)
    {
        var files = Directory.GetFiles(Path.Combine(SourceRoot(), folder), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var offences = new List<string>();
        foreach (var file in files)
        {
            var code = Comment().Replace(File.ReadAllText(file), "");
            foreach (var layer in forbidden)
                if (Regex.IsMatch(code, $@"\b(using\s+ScsSim\.{layer}\b|ScsSim\.{layer}\.|(?<![\w.]){layer}\.[A-Z])"))
                    offences.Add($"{Path.GetRelativePath(SourceRoot(), file)} uses {layer}");
        }
        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void The_check_finds_a_forbidden_reference()
    {
        var code = Comment().Replace("// DorsalHorn.SweepProgress in a comment is fine\nIProgress<DorsalHorn.SweepProgress>? p;", "");
        Assert.Matches(@"(?<![\w.])DorsalHorn\.[A-Z]", code);
        Assert.DoesNotMatch(@"(?<![\w.])DorsalHorn\.[A-Z]", Comment().Replace("/// see DorsalHorn.MODEL", ""));
    }

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ScsSim.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("ScsSim.sln not found above the test binaries"), "src", "ScsSim");
    }

    // Line comments (including XML docs) and block comments: prose may name any layer.
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
