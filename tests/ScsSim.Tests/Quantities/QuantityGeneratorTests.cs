using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ScsSim.SourceGenerators;

namespace ScsSim.Tests.Quantities;

/// <summary>The generator behind the quantities: a table mistake is a build error that says where, never wrong code.</summary>
public class QuantityGeneratorTests
{
    private const string GoodUnit = """{ "symbol": "mA", "name": "Milliamperes", "factor": 1 }""";

    private static string Table(string units = GoodUnit, string extra = "") => $$"""
        { "quantities": [ { "name": "Current", "quantityName": "current", "summary": "A current.", "nonNegative": false,
          "storageUnit": "mA", "example": "5 mA", "units": [ {{units}} ] {{extra}} } ] }
        """;

    private static GeneratorDriverRunResult Run(string json)
    {
        var compilation = CSharpCompilation.Create("t", [], [], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create([new QuantityGenerator().AsSourceGenerator()],
            additionalTexts: [new Text("/x/Quantities.json", json)]);
        return driver.RunGenerators(compilation).GetRunResult();
    }

    [Fact]
    public void A_valid_table_gives_one_file_per_quantity_and_no_diagnostic()
    {
        var result = Run(Table());
        Assert.Empty(result.Diagnostics);
        var source = Assert.Single(result.GeneratedTrees);
        Assert.EndsWith("Current.g.cs", source.FilePath);
        Assert.Contains("public static Current FromMilliamperes(double milliamperes)", source.ToString());
    }

    [Theory]
    [InlineData("{", "line 1: expected a property name")]
    [InlineData("[1, 2", "line 1: expected ']'")]
    [InlineData("""{ "quantities": [ { "name": "current" } ] }""", "quantity current: the name must be a PascalCase C# identifier")]
    public void A_document_that_is_not_a_table_is_an_error(string json, string message) => AssertError(json, message);

    [Fact]
    public void Table_mistakes_are_errors_naming_the_quantity_and_the_field()
    {
        AssertError(Table("""{ "symbol": "mA", "name": "Milliamperes", "factor": 2 }"""),
            "quantity Current: exactly one unit, the storage unit \"mA\", must have factor 1");
        AssertError(Table(GoodUnit + """, { "symbol": "µA", "name": "Microamperes", "factor": 0.001, "aliases": ["mA"] }"""),
            "quantity Current: the spelling \"mA\" is used twice");
        AssertError(Table("""{ "symbol": "mA", "name": "Milliamperes", "factor": 1, "factr": 3 }"""),
            "quantity Current, unit mA: unknown property \"factr\" (allowed: symbol, name, factor, aliases, readable)");
        AssertError(Table(GoodUnit + """, { "symbol": "A", "name": "Amperes", "factor": -1000 }"""),
            "quantity Current, unit A: the factor must be a finite number greater than 0");
        AssertError(Table(GoodUnit + """, { "symbol": "2A", "name": "Amperes", "factor": 1000 }"""),
            "quantity Current: \"2A\" cannot be parsed after a number (empty, padded, or starts with a digit or '.')");
        AssertError(Table(GoodUnit, """, "nonNegative": true"""), "line 2: property \"nonNegative\" appears twice");
        AssertError(Table(GoodUnit, """, "range": 5"""),
            "quantity Current: unknown property \"range\" (allowed: name, quantityName, summary, nonNegative, storageUnit, example, units)");
    }

    private static void AssertError(string json, string message)
    {
        var result = Run(json);
        Assert.Empty(result.GeneratedTrees);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SCSGEN001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal($"/x/Quantities.json: {message}", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
