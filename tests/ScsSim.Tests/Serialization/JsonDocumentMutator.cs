using System.Text;
using System.Text.Json;

namespace ScsSim.Tests.Serialization;

/// <summary>
/// Breaks valid JSON documents the way a hostile or careless user would: deletes properties, puts nulls and values of the
/// wrong type in, writes extreme numbers (1e308, -0, 1e-320, 1e400), duplicates keys, miscases and misspells names, adds
/// unknown properties, and cuts the text short. The tree keeps duplicate keys, which <c>JsonNode</c> cannot.
/// </summary>
internal sealed class JsonDocumentMutator(Random random)
{
    private static readonly string[] ExtremeNumbers =
        ["1e308", "-1e308", "1e400", "-1e400", "-0", "0", "1e-320", "4.9e-324", "-1", "0.5", "1e16", "5e15", "9e9", "2147483648",
         "-2147483649", "9223372036854775807", "18446744073709551616", "1.7976931348623157e308", "0.0001", "1000000", "3.0", "1E2"];

    private static readonly string[] OtherValues = ["null", "true", "false", "\"\"", "\"text\"", "\"5\"", "{}", "[]", "[null]", "[1]", "{\"kind\":\"tonic\"}"];

    /// <summary>Applies one to three mutations to <paramref name="json"/>; sometimes truncates the result.</summary>
    public string Mutate(string json)
    {
        var root = Node.Parse(json);
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++) MutateOnce(root);
        var text = root.ToJson(indented: random.Next(2) == 0);
        return random.Next(12) switch
        {
            0 => text[..random.Next(text.Length)],
            1 => text.Insert(random.Next(text.Length), ((char)random.Next(32, 127)).ToString()),
            _ => text,
        };
    }

    private void MutateOnce(Node root)
    {
        var all = new List<(Node Node, Node? Parent, int Index)>();
        root.Collect(null, -1, all);
        var (node, parent, index) = all[random.Next(all.Count)];
        switch (random.Next(10))
        {
            case 0 when parent is not null: // delete
                parent.RemoveAt(index);
                break;
            case 1: // null
                node.Become(Node.Parse("null"));
                break;
            case 2: // wrong type
                node.Become(Node.Parse(OtherValues[random.Next(OtherValues.Length)]));
                break;
            case 3 or 4: // extreme number, most often where a number was
                var numbers = all.Where(n => n.Node.Kind == JsonValueKind.Number).ToList();
                var target = numbers.Count > 0 && random.Next(4) > 0 ? numbers[random.Next(numbers.Count)].Node : node;
                target.Become(Node.Parse(ExtremeNumbers[random.Next(ExtremeNumbers.Length)]));
                break;
            case 5: // duplicate a key, with the same or another value
                var objects = all.Where(n => n.Node.Kind == JsonValueKind.Object && n.Node.Properties.Count > 0).ToList();
                if (objects.Count == 0) break;
                var obj = objects[random.Next(objects.Count)].Node;
                var (name, value) = obj.Properties[random.Next(obj.Properties.Count)];
                var copy = random.Next(2) == 0 ? value.Clone() : Node.Parse(ExtremeNumbers[random.Next(ExtremeNumbers.Length)]);
                obj.Properties.Insert(random.Next(obj.Properties.Count + 1), (name, copy));
                break;
            case 6: // miscase or misspell a property name
                if (parent is { Kind: JsonValueKind.Object })
                {
                    var n = parent.Properties[index].Name;
                    parent.Properties[index] = (Misspell(n), parent.Properties[index].Value);
                }
                break;
            case 7: // miscase a string value (kind, role, dermatome...), or pad it
                var strings = all.Where(s => s.Node.Kind == JsonValueKind.String).ToList();
                if (strings.Count == 0) break;
                var str = strings[random.Next(strings.Count)].Node;
                var text = str.StringValue!;
                str.Become(Node.String(random.Next(4) switch
                {
                    0 => text.ToUpperInvariant(),
                    1 => " " + text + " ",
                    2 => text + ", " + text,
                    _ => Misspell(text),
                }));
                break;
            case 8: // unknown property
                if (node.Kind == JsonValueKind.Object) node.Properties.Add(("extra_" + random.Next(3), Node.Parse("1")));
                break;
            default: // arrays: drop all items, duplicate one, or add a null
                var arrays = all.Where(a => a.Node.Kind == JsonValueKind.Array).ToList();
                if (arrays.Count == 0) break;
                var array = arrays[random.Next(arrays.Count)].Node;
                switch (random.Next(3))
                {
                    case 0: array.Items.Clear(); break;
                    case 1 when array.Items.Count > 0: array.Items.Add(array.Items[random.Next(array.Items.Count)].Clone()); break;
                    default: array.Items.Insert(random.Next(array.Items.Count + 1), Node.Parse("null")); break;
                }
                break;
        }
    }

    private string Misspell(string name)
    {
        if (name.Length == 0) return "x";
        var i = random.Next(name.Length);
        return random.Next(3) switch
        {
            0 => name.ToLowerInvariant() == name ? name.ToUpperInvariant() : name.ToLowerInvariant(),
            1 => name.Remove(i, 1),
            _ => name[..i] + (char.IsUpper(name[i]) ? char.ToLowerInvariant(name[i]) : char.ToUpperInvariant(name[i])) + name[(i + 1)..],
        };
    }

    /// <summary>A mutable JSON tree that allows duplicate property names.</summary>
    private sealed class Node
    {
        public JsonValueKind Kind { get; private set; }
        public List<(string Name, Node Value)> Properties { get; private set; } = [];
        public List<Node> Items { get; private set; } = [];
        public string? Raw { get; private set; }
        public string? StringValue { get; private set; }

        public static Node Parse(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return From(doc.RootElement);
        }

        public static Node String(string value) => new() { Kind = JsonValueKind.String, StringValue = value };

        private static Node From(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => new Node { Kind = e.ValueKind, Properties = e.EnumerateObject().Select(p => (p.Name, From(p.Value))).ToList() },
            JsonValueKind.Array => new Node { Kind = e.ValueKind, Items = e.EnumerateArray().Select(From).ToList() },
            JsonValueKind.String => String(e.GetString()!),
            _ => new Node { Kind = e.ValueKind, Raw = e.GetRawText() },
        };

        public Node Clone() => Parse(ToJson(indented: false));

        public void Become(Node other)
        {
            Kind = other.Kind;
            Properties = other.Properties;
            Items = other.Items;
            Raw = other.Raw;
            StringValue = other.StringValue;
        }

        public void RemoveAt(int index)
        {
            if (Kind == JsonValueKind.Object) Properties.RemoveAt(index);
            else Items.RemoveAt(index);
        }

        public void Collect(Node? parent, int index, List<(Node, Node?, int)> all)
        {
            all.Add((this, parent, index));
            for (var i = 0; i < Properties.Count; i++) Properties[i].Value.Collect(this, i, all);
            for (var i = 0; i < Items.Count; i++) Items[i].Collect(this, i, all);
        }

        public string ToJson(bool indented)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, SkipValidation = true }))
                Write(writer);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private void Write(Utf8JsonWriter w)
        {
            switch (Kind)
            {
                case JsonValueKind.Object:
                    w.WriteStartObject();
                    foreach (var (name, value) in Properties)
                    {
                        w.WritePropertyName(name);
                        value.Write(w);
                    }
                    w.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    w.WriteStartArray();
                    foreach (var item in Items) item.Write(w);
                    w.WriteEndArray();
                    break;
                case JsonValueKind.String:
                    w.WriteStringValue(StringValue);
                    break;
                default:
                    w.WriteRawValue(Raw!, skipInputValidation: true);
                    break;
            }
        }

        public override string ToString() => ToJson(indented: false);
    }

}
