using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Quantities;

/// <summary>Issue #9: no quantity ever holds NaN or infinity; the range is checked after the unit conversion.</summary>
public class QuantityRangeTests
{
    private static readonly Type[] QuantityTypes = typeof(Current).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "ScsSim.Quantities" && t.IsValueType).OrderBy(t => t.Name).ToArray();

    /// <summary>Every public static From*(double) of every quantity.</summary>
    public static TheoryData<string> DoubleFactories()
    {
        var data = new TheoryData<string>();
        foreach (var m in DoubleFactoryMethods()) data.Add($"{m.DeclaringType!.Name}.{m.Name}");
        return data;
    }

    private static IEnumerable<MethodInfo> DoubleFactoryMethods() =>
        QuantityTypes.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name.StartsWith("From", StringComparison.Ordinal) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(double));

    private static MethodInfo Factory(string name)
    {
        var parts = name.Split('.');
        return DoubleFactoryMethods().Single(m => m.DeclaringType!.Name == parts[0] && m.Name == parts[1]);
    }

    /// <summary>Every public instance To*() returning double, and the stored value must be finite.</summary>
    private static void AssertAllConversionsFinite(object quantity)
    {
        foreach (var to in quantity.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
                     .Where(m => m.Name.StartsWith("To", StringComparison.Ordinal) && m.ReturnType == typeof(double) && m.GetParameters().Length == 0))
        {
            var value = (double)to.Invoke(quantity, null)!;
            Assert.True(double.IsFinite(value), $"{quantity.GetType().Name}.{to.Name}() = {value}");
        }
    }

    private static object? Call(MethodInfo factory, double value, out Exception? error)
    {
        error = null;
        try { return factory.Invoke(null, [value]); }
        catch (TargetInvocationException e) { error = e.InnerException; return null; }
    }

    [Fact]
    public void Current_from_amperes_guards_after_the_conversion()
    {
        // Before the fix 1e306 A passed the guard and was stored as +infinity mA.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Current.FromAmperes(1e306));
        Assert.Equal("amperes", e.ParamName);
        Assert.Contains("1e+306", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1E+97", e.Message);
    }

    [Theory]
    [MemberData(nameof(DoubleFactories))]
    public void Every_factory_refuses_the_largest_finite_input_naming_its_parameter(string name)
    {
        var factory = Factory(name);
        foreach (var value in new[] { double.MaxValue, -double.MaxValue, 1e306, -1e306, 1e200 })
        {
            var result = Call(factory, value, out var error);
            var e = Assert.IsAssignableFrom<ArgumentException>(error);
            Assert.Equal(factory.GetParameters()[0].Name, e.ParamName);
            Assert.Null(result);
        }
    }

    [Theory]
    [MemberData(nameof(DoubleFactories))]
    public void Every_factory_accepts_ordinary_values_and_subnormals(string name)
    {
        var factory = Factory(name);
        // A frequency is exact to 1 mHz and refuses a non-zero value below it (documented), so no subnormals there.
        var values = factory.DeclaringType == typeof(Frequency) ? new[] { 0.0, -0.0, 1.0, 123.5 } : new[] { 0.0, -0.0, 1.0, double.Epsilon, 1e-300, 123.5 };
        foreach (var value in values)
        {
            var result = Call(factory, value, out var error);
            Assert.Null(error);
            AssertAllConversionsFinite(result!);
        }
    }

    [Fact]
    public void Minus_zero_is_stored_as_zero() =>
        Assert.Equal("0 mm²", Area.FromSquareMillimetres(-0.0).ToString());

    // The factory property of issue #9: for any double, a valid finite quantity or an ArgumentException naming the caller's parameter.
    [Property(MaxTest = 2000)]
    public Property Every_factory_gives_a_finite_value_or_names_its_parameter() =>
        Prop.ForAll(Generators.AnyDouble.ToArbitrary(), Gen.Elements(DoubleFactoryMethods().ToArray()).ToArbitrary(), (value, factory) =>
        {
            var result = Call(factory, value, out var error);
            if (error is null)
            {
                AssertAllConversionsFinite(result!);
                return;
            }
            var e = Assert.IsAssignableFrom<ArgumentException>(error);
            Assert.Equal(factory.GetParameters()[0].Name, e.ParamName);
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        });

    [Property(MaxTest = 1000)]
    public Property Exact_factories_take_any_long_or_name_their_parameter() =>
        Prop.ForAll(Generators.AnyLong.ToArbitrary(), n =>
        {
            Assert.Equal(n, Duration.FromNanoseconds(n).ToNanoseconds());
            if (n >= 0) Assert.Equal(n, Frequency.FromMillihertz(n).ToMillihertz());
            else Assert.Equal("millihertz", Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.FromMillihertz(n)).ParamName);
        });

    // Parse of "<any double> <any unit>": a finite value or a FormatException, nothing else.
    [Property(MaxTest = 1000)]
    public Property Parse_gives_a_finite_value_or_a_format_exception() =>
        Prop.ForAll(Generators.AnyDouble.ToArbitrary(), Gen.Elements(UnitTexts).ToArbitrary(), (value, unit) =>
        {
            var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " " + unit.Unit;
            var parse = unit.Type.GetMethod("Parse", [typeof(string), typeof(IFormatProvider)])!;
            try
            {
                AssertAllConversionsFinite(parse.Invoke(null, [text, null])!);
            }
            catch (TargetInvocationException e)
            {
                Assert.IsType<FormatException>(e.InnerException);
            }
        });

    private static readonly (Type Type, string Unit)[] UnitTexts =
    [
        (typeof(Current), "A"), (typeof(Current), "µA"), (typeof(Area), "µm²"), (typeof(Area), "m²"), (typeof(Length), "m"),
        (typeof(Resistance), "MΩ"), (typeof(Charge), "C"), (typeof(Charge), "nC"), (typeof(ChargeDensity), "C/m²"),
        (typeof(BatteryCapacity), "Ah"), (typeof(Energy), "kJ"), (typeof(Energy), "nJ"), (typeof(Power), "nW"),
        (typeof(Voltage), "mV"), (typeof(Conductivity), "mS/cm"), (typeof(Resistivity), "Ω·m"), (typeof(SpecificCapacitance), "F/m²"),
        (typeof(Temperature), "K"), (typeof(Temperature), "°C"), (typeof(Duration), "h"), (typeof(Duration), "ns"), (typeof(Frequency), "MHz"), (typeof(Frequency), "mHz"),
    ];

    [Fact]
    public void Quantities_that_are_never_negative_have_no_unary_minus()
    {
        // Before the fix -Area.FromSquareMillimetres(1) was an area of -1 mm².
        foreach (var t in new[] { typeof(Area), typeof(Resistance), typeof(BatteryCapacity), typeof(Frequency) })
            Assert.Null(t.GetMethod("op_UnaryNegation", BindingFlags.Public | BindingFlags.Static));
    }

    [Fact]
    public void Subtraction_below_zero_of_a_non_negative_quantity_throws_naming_right()
    {
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => Area.FromSquareMillimetres(1) - Area.FromSquareMillimetres(2)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => Resistance.FromOhms(1) - Resistance.FromOhms(2)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => BatteryCapacity.FromMilliampereHours(1) - BatteryCapacity.FromMilliampereHours(2)).ParamName);
        Assert.Equal(Area.Zero, Area.FromSquareMillimetres(2) - Area.FromSquareMillimetres(2));
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => Area.FromSquareMillimetres(2) * -1.0).ParamName);
        Assert.Equal("divisor", Assert.Throws<ArgumentOutOfRangeException>(() => Resistance.FromOhms(2) / -1.0).ParamName);
    }

    [Fact]
    public void Operators_never_yield_a_non_finite_quantity()
    {
        var big = Current.FromMilliamperes(1e100);
        Assert.Throws<OverflowException>(() => big + big);
        Assert.Throws<OverflowException>(() => big - -big);
        Assert.Throws<OverflowException>(() => big * 10.0);
        Assert.Throws<OverflowException>(() => big / 1e-10);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => big * double.NaN).ParamName);
        Assert.Equal("divisor", Assert.Throws<ArgumentOutOfRangeException>(() => big / 0.0).ParamName);
        Assert.Throws<DivideByZeroException>(() => big / Current.Zero);
        Assert.Throws<DivideByZeroException>(() => Current.Zero / Current.Zero);
        Assert.Throws<DivideByZeroException>(() => Duration.FromSeconds(1) / Duration.Zero);
        Assert.Throws<DivideByZeroException>(() => Frequency.FromHertz(1) / Frequency.Zero);
        Assert.Throws<OverflowException>(() => Current.FromMilliamperes(1e100) / Current.FromMilliamperes(1e-300));
        // Relations between quantities: range-checked, never an internal parameter name.
        Assert.Throws<OverflowException>(() => big * Duration.FromSeconds(1e9));
        Assert.Throws<OverflowException>(() => big * Resistance.FromOhms(1e100));
        Assert.Throws<DivideByZeroException>(() => Charge.FromMicrocoulombs(1) / Area.Zero);
        Assert.Throws<DivideByZeroException>(() => Charge.FromMicrocoulombs(1) / Duration.Zero);
        Assert.Throws<DivideByZeroException>(() => Voltage.FromVolts(1) / Resistance.Zero);
        Assert.Throws<DivideByZeroException>(() => Voltage.FromVolts(1) / Current.Zero);
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => Voltage.FromVolts(1) / Current.FromMilliamperes(-1)).ParamName);
        Assert.Throws<OverflowException>(() => BatteryCapacity.FromMilliampereHours(3_600_001) / Current.FromMilliamperes(1e-9));
        Assert.Throws<OverflowException>(() => -Duration.FromNanoseconds(long.MinValue));
    }

    [Fact]
    public void Duration_factories_refuse_values_that_round_past_the_range()
    {
        // (double)long.MaxValue / 1000 µs converts to 2^63 ns, one past the largest long.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Duration.FromMicroseconds((double)long.MaxValue / 1000));
        Assert.Equal("microseconds", e.ParamName);
        Assert.Equal(9_000_000_000_000_000_000, Duration.FromMicroseconds(9e15).ToNanoseconds());
    }
}
