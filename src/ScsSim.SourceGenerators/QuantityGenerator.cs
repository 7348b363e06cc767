using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ScsSim.SourceGenerators;

/// <summary>
/// Generates one partial record struct per entry of Quantities.json (an AdditionalFiles item of ScsSim), the way
/// UnitsNet generates its quantities from JSON definitions. A mistake in the table is a build error (SCSGEN001)
/// that names the quantity and the field.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class QuantityGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor BadTable = new(
        "SCSGEN001", "Invalid quantity table", "{0}: {1}", "ScsSim.SourceGenerators", DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Each stage yields strings (equatable), so an unchanged table regenerates nothing.
        var outputs = context.AdditionalTextsProvider
            .Where(file => Path.GetFileName(file.Path).Equals("Quantities.json", StringComparison.OrdinalIgnoreCase))
            .SelectMany((file, cancellationToken) => Generate(file.Path, file.GetText(cancellationToken)?.ToString() ?? ""));
        context.RegisterSourceOutput(outputs, static (production, output) =>
        {
            if (output.Error is not null)
                production.ReportDiagnostic(Diagnostic.Create(BadTable, Location.None, output.Path, output.Error));
            else
                production.AddSource(output.HintName!, SourceText.From(output.Source!, Encoding.UTF8));
        });
    }

    private static IEnumerable<Output> Generate(string path, string json)
    {
        List<QuantityDefinition> quantities;
        try { quantities = QuantityTable.Read(json); }
        catch (FormatException e) { return [new Output(path, null, null, e.Message)]; }
        return quantities.Select(q => new Output(path, q.Name + ".g.cs", QuantitySource.Write(q), null));
    }

    private readonly record struct Output(string Path, string? HintName, string? Source, string? Error);
}
