using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Quantities;

/// <summary>Resistivity and SpecificCapacitance: from Quantities.json, the units of McNeal's (1976) fibre constants.</summary>
public class FibreConstantQuantityTests
{
    [Fact]
    public void Resistivity_converts_formats_and_parses_in_ohm_centimetres_and_ohm_metres()
    {
        // McNeal 1976: axoplasm ρ_i = 110 Ω·cm = 1.1 Ω·m.
        var axoplasm = Resistivity.FromOhmCentimetres(110);
        Tolerance.AssertClose(1.1, axoplasm.ToOhmMetres());
        Assert.Equal("110 Ω·cm", axoplasm.ToString());
        Assert.Equal("1.1 Ω·m", axoplasm.ToString("Ω·m"));
        Assert.Equal("1100 Ω·cm", Resistivity.FromOhmMetres(11).ToString()); // Ω·m is parsed and named, never chosen
        foreach (var text in new[] { "110 Ω·cm", "110ohm*cm", "110 ohm·cm", "1.1 Ω·m", "1.1 ohm*m" })
            Tolerance.AssertClose(110, Resistivity.Parse(text).ToOhmCentimetres());
        Assert.Equal("ohmCentimetres", Assert.Throws<ArgumentOutOfRangeException>(() => Resistivity.FromOhmCentimetres(-1)).ParamName);
        Assert.False(Resistivity.TryParse("110 Ω", out _));
    }

    [Fact]
    public void Specific_capacitance_converts_formats_and_parses_in_microfarads_per_square_centimetre()
    {
        // McNeal 1976: nodal c_m = 2 µF/cm² = 0.02 F/m².
        var nodal = SpecificCapacitance.FromMicrofaradsPerSquareCentimetre(2);
        Tolerance.AssertClose(0.02, nodal.ToFaradsPerSquareMetre());
        Assert.Equal("2 µF/cm²", nodal.ToString());
        Assert.Equal("0.02 F/m²", nodal.ToString("F/m²"));
        Assert.Equal("100 µF/cm²", SpecificCapacitance.FromFaradsPerSquareMetre(1).ToString());
        foreach (var text in new[] { "2 µF/cm²", "2uF/cm2", "2 uF/cm^2", "0.02 F/m2" })
            Tolerance.AssertClose(2, SpecificCapacitance.Parse(text).ToMicrofaradsPerSquareCentimetre());
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SpecificCapacitance.FromMicrofaradsPerSquareCentimetre(double.NaN));
        Assert.Equal("microfaradsPerSquareCentimetre", e.ParamName);
        Assert.Null(typeof(SpecificCapacitance).GetMethod("op_UnaryNegation"));
    }
}
