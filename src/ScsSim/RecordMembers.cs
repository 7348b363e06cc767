using System.Globalization;
using System.Text;

namespace ScsSim;

/// <summary>
/// Equality, hashing and printing of the collections inside public records, so that two records with the same contents
/// are equal and a record prints its items (not <c>System.Collections.Generic.List`1[...]</c>).
/// </summary>
internal static class RecordMembers
{
    /// <summary>Most items printed per collection; longer ones print the first few and the count.</summary>
    private const int PrintedItems = 8;

    public static bool SequenceEqual<T>(IEnumerable<T>? left, IEnumerable<T>? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.SequenceEqual(right));

    public static void AddSequence<T>(ref HashCode hash, IEnumerable<T>? items)
    {
        if (items is null) { hash.Add(0); return; }
        var count = 0;
        foreach (var item in items) { hash.Add(item); count++; }
        hash.Add(count);
    }

    public static int HashSequence<T>(IEnumerable<T>? items)
    {
        var hash = new HashCode();
        AddSequence(ref hash, items);
        return hash.ToHashCode();
    }

    /// <summary>"[a, b, c]", or "[a, b, ... (120 items)]" for long collections; invariant culture.</summary>
    public static string Format<T>(IEnumerable<T>? items)
    {
        if (items is null) return "null";
        var list = items as IReadOnlyCollection<T> ?? items.ToArray();
        var shown = list.Take(PrintedItems).Select(i => string.Format(CultureInfo.InvariantCulture, "{0}", i));
        return list.Count <= PrintedItems ? $"[{string.Join(", ", shown)}]" : $"[{string.Join(", ", shown)}, ... ({list.Count} items)]";
    }

    /// <summary>Appends "Name = value" pairs the way a record's PrintMembers does.</summary>
    public static bool Print(StringBuilder builder, params (string Name, object? Value)[] members)
    {
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0) builder.Append(", ");
            builder.Append(members[i].Name).Append(" = ").Append(string.Format(CultureInfo.InvariantCulture, "{0}", members[i].Value));
        }
        return true;
    }
}
