using Microsoft.CodeAnalysis.CSharp;

namespace ScsSim.SourceGenerators;

/// <summary>One unit of a quantity, as written in Quantities.json.</summary>
internal sealed class UnitDefinition(string symbol, string name, double factor, IReadOnlyList<string> aliases, bool readable)
{
    /// <summary>The symbol it formats with ("mA").</summary>
    public string Symbol { get; } = symbol;

    /// <summary>The plural name in PascalCase that names its members ("Milliamperes" gives FromMilliamperes).</summary>
    public string Name { get; } = name;

    /// <summary>How many storage units one of it holds.</summary>
    public double Factor { get; } = factor;

    /// <summary>Other spellings that parsing and formatting accept ("uA").</summary>
    public IReadOnlyList<string> Aliases { get; } = aliases;

    /// <summary>Whether readable formatting may choose it.</summary>
    public bool Readable { get; } = readable;

    /// <summary>The name in camelCase: the parameter of its factory.</summary>
    public string ParameterName => char.ToLowerInvariant(Name[0]) + Name.Substring(1);
}

/// <summary>One double-valued quantity, as written in Quantities.json.</summary>
internal sealed class QuantityDefinition(
    string name, string quantityName, string summary, bool nonNegative, string example, IReadOnlyList<UnitDefinition> units)
{
    /// <summary>The type name ("Current").</summary>
    public string Name { get; } = name;

    /// <summary>The name in prose and messages ("battery capacity").</summary>
    public string QuantityName { get; } = quantityName;

    /// <summary>The summary of the type's docs.</summary>
    public string Summary { get; } = summary;

    /// <summary>Whether values are never negative.</summary>
    public bool NonNegative { get; } = nonNegative;

    /// <summary>A formatted value the docs show ("5 mA").</summary>
    public string Example { get; } = example;

    /// <summary>The units in the order they are listed, formatted and documented.</summary>
    public IReadOnlyList<UnitDefinition> Units { get; } = units;

    /// <summary>The unit the value is stored in (factor 1).</summary>
    public UnitDefinition Storage => Units.Single(u => u.Factor == 1);
}

/// <summary>Reads and checks Quantities.json; every mistake is a <see cref="FormatException"/> that says where.</summary>
internal static class QuantityTable
{
    private static readonly string[] QuantityProperties = ["name", "quantityName", "summary", "nonNegative", "storageUnit", "example", "units"];
    private static readonly string[] UnitProperties = ["symbol", "name", "factor", "aliases", "readable"];

    public static List<QuantityDefinition> Read(string json)
    {
        var root = Json.Parse(json) as Dictionary<string, object?> ?? throw new FormatException("the document is not a JSON object");
        Only(root, ["$comment", "quantities"], "the document");
        var quantities = new List<QuantityDefinition>();
        foreach (var item in Get<List<object?>>(root, "quantities", "the document"))
        {
            var entry = item as Dictionary<string, object?> ?? throw new FormatException("every entry of \"quantities\" must be an object");
            var name = Get<string>(entry, "name", "a quantity");
            var where = $"quantity {name}";
            if (!SyntaxFacts.IsValidIdentifier(name) || !char.IsUpper(name[0])) throw new FormatException($"{where}: the name must be a PascalCase C# identifier");
            if (quantities.Any(q => q.Name == name)) throw new FormatException($"{where} is defined twice");
            Only(entry, QuantityProperties, where);
            var units = Get<List<object?>>(entry, "units", where).Select(u => ReadUnit(u, where)).ToList();
            var storageSymbol = Get<string>(entry, "storageUnit", where);
            var definition = new QuantityDefinition(
                name, Get<string>(entry, "quantityName", where), Get<string>(entry, "summary", where), Get<bool>(entry, "nonNegative", where),
                Get<string>(entry, "example", where), units);
            Check(definition, storageSymbol, where);
            quantities.Add(definition);
        }
        return quantities;
    }

    private static UnitDefinition ReadUnit(object? item, string where)
    {
        var entry = item as Dictionary<string, object?> ?? throw new FormatException($"{where}: every unit must be an object");
        var symbol = Get<string>(entry, "symbol", where + ", a unit");
        var unitWhere = $"{where}, unit {symbol}";
        Only(entry, UnitProperties, unitWhere);
        var name = Get<string>(entry, "name", unitWhere);
        if (!SyntaxFacts.IsValidIdentifier(name) || !char.IsUpper(name[0])) throw new FormatException($"{unitWhere}: the name must be a PascalCase C# identifier");
        var factor = Get<double>(entry, "factor", unitWhere);
        if (!(factor > 0) || double.IsInfinity(factor)) throw new FormatException($"{unitWhere}: the factor must be a finite number greater than 0");
        var aliases = entry.ContainsKey("aliases")
            ? Get<List<object?>>(entry, "aliases", unitWhere).Select(a => a as string ?? throw new FormatException($"{unitWhere}: aliases must be strings")).ToList()
            : [];
        var readable = !entry.ContainsKey("readable") || Get<bool>(entry, "readable", unitWhere);
        return new UnitDefinition(symbol, name, factor, aliases, readable);
    }

    private static void Check(QuantityDefinition quantity, string storageSymbol, string where)
    {
        if (quantity.Units.Count == 0) throw new FormatException($"{where}: there must be at least one unit");
        var storage = quantity.Units.Where(u => u.Factor == 1).ToList();
        if (storage.Count != 1 || storage[0].Symbol != storageSymbol)
            throw new FormatException($"{where}: exactly one unit, the storage unit \"{storageSymbol}\", must have factor 1");
        if (!storage[0].Readable) throw new FormatException($"{where}: the storage unit must be readable (zero formats in it)");
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spelling in quantity.Units.SelectMany(u => new[] { u.Symbol }.Concat(u.Aliases)))
        {
            if (spelling.Length == 0 || spelling.Trim() != spelling || char.IsDigit(spelling[0]) || spelling[0] == '.')
                throw new FormatException($"{where}: \"{spelling}\" cannot be parsed after a number (empty, padded, or starts with a digit or '.')");
            if (!spellings.Add(spelling)) throw new FormatException($"{where}: the spelling \"{spelling}\" is used twice");
        }
        var members = quantity.Units.Select(u => u.Name).ToList();
        if (members.Distinct(StringComparer.Ordinal).Count() != members.Count) throw new FormatException($"{where}: two units have the same name");
    }

    private static void Only(Dictionary<string, object?> entry, string[] allowed, string where)
    {
        var unknown = entry.Keys.FirstOrDefault(k => Array.IndexOf(allowed, k) < 0);
        if (unknown is not null) throw new FormatException($"{where}: unknown property \"{unknown}\" (allowed: {string.Join(", ", allowed)})");
    }

    private static T Get<T>(Dictionary<string, object?> entry, string property, string where)
    {
        if (!entry.TryGetValue(property, out var value)) throw new FormatException($"{where}: \"{property}\" is missing");
        if (value is T typed && (value is not string s || s.Length > 0)) return typed;
        throw new FormatException($"{where}: \"{property}\" must be a {(typeof(T) == typeof(string) ? "non-empty string" : typeof(T) == typeof(double) ? "number" : typeof(T) == typeof(bool) ? "boolean" : "list")}");
    }
}
