using System.Globalization;
using System.Text;

namespace ScsSim.SourceGenerators;

/// <summary>
/// A small strict JSON reader (objects, arrays, strings, numbers, true/false/null). Analyzers cannot bring
/// System.Text.Json with them without shipping it beside the generator, and the table is tiny.
/// Objects become <see cref="Dictionary{TKey, TValue}"/>, arrays <see cref="List{T}"/>, numbers <see cref="double"/>.
/// </summary>
internal sealed class Json
{
    private readonly string _text;
    private int _at;

    private Json(string text) => _text = text;

    /// <summary>Parses a whole document; <see cref="FormatException"/> with the line number when it is not JSON.</summary>
    public static object? Parse(string text)
    {
        var reader = new Json(text);
        var value = reader.Value();
        reader.SkipSpace();
        if (reader._at != text.Length) throw reader.Error("text after the end of the document");
        return value;
    }

    private object? Value()
    {
        SkipSpace();
        if (_at >= _text.Length) throw Error("unexpected end of the document");
        var c = _text[_at];
        switch (c)
        {
            case '{': return Object();
            case '[': return Array();
            case '"': return String();
            case 't': Word("true"); return true;
            case 'f': Word("false"); return false;
            case 'n': Word("null"); return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return Number();
                throw Error($"unexpected '{c}'");
        }
    }

    private Dictionary<string, object?> Object()
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _at++;
        SkipSpace();
        if (Peek('}')) { _at++; return result; }
        while (true)
        {
            SkipSpace();
            if (!Peek('"')) throw Error("expected a property name");
            var name = String();
            SkipSpace();
            Expect(':');
            if (result.ContainsKey(name)) throw Error($"property \"{name}\" appears twice");
            result[name] = Value();
            SkipSpace();
            if (Peek(',')) { _at++; continue; }
            Expect('}');
            return result;
        }
    }

    private List<object?> Array()
    {
        var result = new List<object?>();
        _at++;
        SkipSpace();
        if (Peek(']')) { _at++; return result; }
        while (true)
        {
            result.Add(Value());
            SkipSpace();
            if (Peek(',')) { _at++; continue; }
            Expect(']');
            return result;
        }
    }

    private string String()
    {
        _at++;
        var text = new StringBuilder();
        while (true)
        {
            if (_at >= _text.Length) throw Error("unterminated string");
            var c = _text[_at++];
            if (c == '"') return text.ToString();
            if (c < ' ') throw Error("control character in a string");
            if (c != '\\') { text.Append(c); continue; }
            if (_at >= _text.Length) throw Error("unterminated string");
            var escape = _text[_at++];
            switch (escape)
            {
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case '/': text.Append('/'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    if (_at + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        throw Error("bad \\u escape");
                    text.Append((char)code);
                    _at += 4;
                    break;
                default: throw Error($"bad escape \\{escape}");
            }
        }
    }

    private double Number()
    {
        var start = _at;
        while (_at < _text.Length && "+-0123456789.eE".IndexOf(_text[_at]) >= 0) _at++;
        var token = _text.Substring(start, _at - start);
        return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value)
            ? value
            : throw Error($"'{token}' is not a finite number");
    }

    private void Word(string word)
    {
        if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0) throw Error($"expected {word}");
        _at += word.Length;
    }

    private void Expect(char c)
    {
        if (!Peek(c)) throw Error($"expected '{c}'");
        _at++;
    }

    private bool Peek(char c) => _at < _text.Length && _text[_at] == c;

    private void SkipSpace()
    {
        while (_at < _text.Length && (_text[_at] == ' ' || _text[_at] == '\t' || _text[_at] == '\n' || _text[_at] == '\r')) _at++;
    }

    private FormatException Error(string what)
    {
        var line = 1;
        for (var i = 0; i < _at && i < _text.Length; i++) if (_text[i] == '\n') line++;
        return new FormatException($"line {line}: {what}");
    }
}
