using System.Globalization;
using System.Reflection;
using System.Text;
using ScsSim.Quantities;

namespace ScsSim.Tests.Quantities;

/// <summary>
/// Describes everything observable about a double-valued quantity as text: its From*/To* members, formatting in
/// every unit spelling, parsing (valid and invalid text), range errors and the messages of every operator's failures.
/// The golden tests compare this text with the text the hand-written quantities produced before they were generated.
/// </summary>
internal static class QuantityProbe
{
    private static readonly double[] Values = [0, 1, 2.5, -1, 0.001, 1234.5678, 1e-7, 1e50, -0.0];

    private static readonly double[] EdgeValues =
        [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e99, 1e101, 1e110, -1e110, double.MaxValue, double.Epsilon];

    public static string Describe<T>() where T : struct, IScalarQuantity<T>, IFormattable, IParsable<T>, IComparable<T>
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line.Replace("\r", "").Replace("\n", "\\n")).Append('\n');

        var type = typeof(T);
        var spellings = T.Scale.AcceptedUnits.Split(", ");
        Line($"type {type.Name}; quantity name '{T.Scale.QuantityName}'; accepted: {T.Scale.AcceptedUnits}");

        var factories = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith("From", StringComparison.Ordinal)).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();
        var readers = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.StartsWith("To", StringComparison.Ordinal) && m.Name != "ToString")
            .OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();
        Line("factories: " + string.Join(", ", factories.Select(Signature)));
        Line("readers: " + string.Join(", ", readers.Select(Signature)));
        Line("operators: " + string.Join(", ", type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith("op_", StringComparison.Ordinal)).Select(Signature).Order(StringComparer.Ordinal)));
        Line("interfaces: " + string.Join(", ", type.GetInterfaces().Select(i => i.Name).Order(StringComparer.Ordinal)));

        string Show(T q)
        {
            var parts = new List<string> { q.ToString()!, "G4=" + Try(() => q.ToString("G4", null)), "R=" + Try(() => q.ToString("R", null)),
                ":F1=" + Try(() => q.ToString(":F1", null)), "empty=" + q.ToString("", null) };
            parts.AddRange(spellings.Select(s => $"[{s}]=" + Try(() => q.ToString(s, null))));
            parts.Add($"[{spellings[0]}:0.00]=" + Try(() => q.ToString(spellings[0] + ":0.00", null)));
            parts.AddRange(readers.Select(r => $"{r.Name}=" + R((double)r.Invoke(q, null)!)));
            return string.Join(" | ", parts);
        }

        foreach (var factory in factories)
        {
            foreach (var v in Values) Line($"{factory.Name}({R(v)}) => " + Try(() => Show(Invoke<T>(factory, v))));
            foreach (var v in EdgeValues) Line($"{factory.Name}({R(v)}) => " + Try(() => Invoke<T>(factory, v).ToString()!));
        }

        Line("ToString(\"furlong\") => " + Try(() => T.FromStorageValue(1).ToString("furlong", null)));
        Line("ToString(\"furlong:0.0\") => " + Try(() => T.FromStorageValue(1).ToString("furlong:0.0", null)));
        Line("ToString(\"X\") => " + Try(() => T.FromStorageValue(1).ToString("X", null)));
        Line("default => " + default(T) + "; Zero == default: " + Equals(type.GetProperty("Zero")!.GetValue(null), default(T)));
        Line("record print => " + T.FromStorageValue(-0.0).ToString() + " / " + T.FromStorageValue(7).ToString());

        var texts = new List<string?> { null, "", "   ", "abc", "5", "5 furlong", "1.2.3 " + spellings[0], "- " + spellings[0],
            "5 " + spellings[0] + " x", "NaN " + spellings[0], "∞ " + spellings[0], "+7 " + spellings[0], "1e" + spellings[0],
            "1e5", "1e+5" + spellings[0], "e5 " + spellings[0], "." + spellings[0], "1,5 " + spellings[0], " \t12\t" + spellings[0] + " " };
        foreach (var s in spellings)
            texts.AddRange([$"2.5 {s}", $"2.5{s}", $"  -3e2{s}  ", $"1e200 {s}", $"-1 {s}", $"1e400 {s}", $".5{s}", $"1E-3 {s}", $"0 {s}", $"-0 {s}"]);
        foreach (var s in texts)
        {
            var parsed = Try(() => Show(T.Parse(s!, null)));
            var tried = T.TryParse(s, null, out var r1) ? "True " + r1 : "False " + r1;
            var tried2 = TryParse2<T>(s);
            Line($"Parse({Quote(s)}) => {parsed}; TryParse => {tried}; TryParse(s, out) => {tried2}");
        }

        var a = T.FromStorageValue(3);
        var b = T.FromStorageValue(5);
        var big = T.FromStorageValue(1e100);
        var tiny = T.FromStorageValue(1e-300);
        var zero = T.FromStorageValue(0);
        Binary("+", a, b); Binary("+", big, big); Binary("-", b, a); Binary("-", a, b); Line("-1e100 - 1e100 => " + Try(() => Op<T>("op_Subtraction", T.FromStorageValue(-1e100), big).ToString()!));
        Unary("-", a); Unary("-", zero);
        foreach (var f in new[] { 2, -1, 0, double.NaN, double.PositiveInfinity, 10, 1e-310 })
        {
            Scale("*", a, f); Scale("*", big, f); ScaleLeft(f, a); ScaleLeft(f, big);
            Scale("/", a, f); Scale("/", big, f);
        }
        Scale("/", big, 1e-10);
        Ratio(a, b); Ratio(a, zero); Ratio(zero, zero); Ratio(big, tiny);
        Line($"compare a,b: < {Op<bool>("op_LessThan", a, b)} > {Op<bool>("op_GreaterThan", a, b)} <= {Op<bool>("op_LessThanOrEqual", a, a)} >= {Op<bool>("op_GreaterThanOrEqual", a, b)} == {a.Equals(b)} CompareTo {a.CompareTo(b)} {b.CompareTo(a)} {a.CompareTo(a)}");
        var abs = type.GetMethod("Abs")!;
        Line("Abs(a) => " + abs.Invoke(a, null) + "; hash equal: " + (a.GetHashCode() == T.FromStorageValue(3).GetHashCode()));
        return text.ToString();

        void Binary(string name, T x, T y) => Line($"{x} {name} {y} => " + Try(() => Op<T>(name == "+" ? "op_Addition" : "op_Subtraction", x, y).ToString()!));
        void Unary(string name, T x)
        {
            var m = type.GetMethod("op_UnaryNegation", [type]);
            Line($"{name}({x}) => " + (m is null ? "no operator" : Try(() => Call(m, x)!.ToString()!)));
        }
        void Scale(string name, T x, double f) => Line($"{x} {name} {R(f)} => " + Try(() =>
            Call(type.GetMethod(name == "*" ? "op_Multiply" : "op_Division", [type, typeof(double)])!, x, f)!.ToString()!));
        void ScaleLeft(double f, T x) => Line($"{R(f)} * {x} => " + Try(() => Call(type.GetMethod("op_Multiply", [typeof(double), type])!, f, x)!.ToString()!));
        void Ratio(T x, T y) => Line($"{x} / {y} => " + Try(() => R(Op<double>("op_Division", x, y))));
        TResult Op<TResult>(string name, T x, T y) => (TResult)Call(type.GetMethod(name, [type, type])!, x, y)!;
    }

    private static string TryParse2<T>(string? s) where T : struct, IScalarQuantity<T>
    {
        var m = typeof(T).GetMethod("TryParse", [typeof(string), typeof(T).MakeByRefType()])!;
        var args = new object?[] { s, null };
        var ok = (bool)m.Invoke(null, args)!;
        return ok + " " + args[1];
    }

    private static T Invoke<T>(MethodInfo factory, double value) => (T)Call(factory, value)!;

    private static object? Call(MethodInfo method, params object?[] args)
    {
        try { return method.Invoke(null, args); }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static string Try(Func<string> describe)
    {
        try { return describe(); }
        catch (Exception e)
        {
            var param = e is ArgumentException a ? $" (param {a.ParamName})" : "";
            var actual = e is ArgumentOutOfRangeException r ? $" (actual {r.ActualValue})" : "";
            return $"{e.GetType().Name}{param}{actual}: {e.Message}";
        }
    }

    private static string Signature(MethodInfo m) =>
        $"{m.ReturnType.Name} {m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))})";

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string? s) => s is null ? "null" : "\"" + s.Replace("\t", "\\t") + "\"";
}
