using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Activation;

public class FieldTests
{
    private static readonly LeadPlacement Placement = LeadPlacement.MidlineT8;

    private static ElectrodeField PointField(ElectrodeConfiguration configuration, ConductiveMedium medium) =>
        new(configuration, [Placement], medium, ContactSourceModel.Point);

    [Fact]
    public void Point_source_potential_matches_the_closed_form_I_over_4_pi_sigma_r()
    {
        // φ = I / (4πσr): 1 mA, σ = 0.5 S/m, r = 2 mm → 1e-3 / (4π · 0.5 · 2e-3) V = 79.577 mV.
        var phi = ConductiveMedium.PointSourcePotential(Current.FromMilliamperes(1), Length.FromMillimetres(2), Conductivity.FromSiemensPerMetre(0.5));
        Tolerance.AssertClose(1000 / (4 * Math.PI * 0.5 * 2), phi.ToMillivolts(), 1e-12);
        Tolerance.AssertClose(79.5774715, phi.ToMillivolts(), 1e-8);
    }

    [Property(MaxTest = 50)]
    public Property Monopolar_point_field_equals_the_closed_form_at_any_point() =>
        Prop.ForAll(
            (from x in Gen.Choose(-5000, 5000) from y in Gen.Choose(0, 3000) from z in Gen.Choose(-20000, 20000) from s in Gen.Choose(5, 200)
             select (X: x / 1000.0, Y: y / 1000.0, Z: z / 1000.0, Sigma: s / 100.0)).ToArbitrary(),
            p =>
            {
                var field = PointField(ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 2), ConductiveMedium.Isotropic(Conductivity.FromSiemensPerMetre(p.Sigma)));
                var contactZ = field.ContactCentreZMm(2);
                var contactY = -(3 + 0.65);
                var r = Math.Sqrt(p.X * p.X + (p.Y - contactY) * (p.Y - contactY) + (p.Z - contactZ) * (p.Z - contactZ));
                var expected = ConductiveMedium.PointSourcePotential(Current.FromMilliamperes(-2), Length.FromMillimetres(r), Conductivity.FromSiemensPerMetre(p.Sigma)).ToMillivolts();
                var actual = field.PotentialAt(Current.FromMilliamperes(-2), Length.FromMillimetres(p.X), Length.FromMillimetres(p.Y), Length.FromMillimetres(p.Z)).ToMillivolts();
                return Tolerance.Close(expected, actual, 1e-12);
            });

    [Fact]
    public void Bipolar_field_superposes_cathode_and_anode_with_opposite_signs()
    {
        var medium = ConductiveMedium.Isotropic(Conductivity.FromSiemensPerMetre(0.3));
        var bipolar = PointField(ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4), medium);
        var cathodeOnly = PointField(ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 3), medium);
        var anodeAsCathode = PointField(ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 4), medium);
        var i = Current.FromMilliamperes(-3);
        var (x, y, z) = (Length.FromMillimetres(0.4), Length.FromMillimetres(0.2), Length.FromMillimetres(bipolar.ContactCentreZMm(3) + 1));
        var expected = cathodeOnly.PotentialAt(i, x, y, z).ToMillivolts() - anodeAsCathode.PotentialAt(i, x, y, z).ToMillivolts();
        Tolerance.AssertClose(expected, bipolar.PotentialAt(i, x, y, z).ToMillivolts(), 1e-12);
        // A cathodic current makes the potential negative over the cathode.
        Assert.True(bipolar.PotentialAt(i, Length.Zero, Length.Zero, Length.FromMillimetres(bipolar.ContactCentreZMm(3))).ToMillivolts() < 0);
    }

    [Fact]
    public void Line_source_approaches_the_point_source_far_away_and_spreads_near()
    {
        var medium = ConductiveMedium.Isotropic(Conductivity.FromSiemensPerMetre(0.3));
        var config = ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 3);
        var point = new ElectrodeField(config, [Placement], medium, ContactSourceModel.Point);
        var line = new ElectrodeField(config, [Placement], medium, ContactSourceModel.Line, 9);
        var z = Length.FromMillimetres(point.ContactCentreZMm(3));
        var far = Length.FromMillimetres(40);
        Tolerance.AssertClose(point.PotentialAt(Current.FromMilliamperes(1), far, Length.Zero, z).ToMillivolts(),
            line.PotentialAt(Current.FromMilliamperes(1), far, Length.Zero, z).ToMillivolts(), 1e-3);
        // Directly under the contact the line source is weaker than a point source holding all the current at the centre.
        Assert.True(line.PotentialAt(Current.FromMilliamperes(1), Length.Zero, Length.Zero, z) < point.PotentialAt(Current.FromMilliamperes(1), Length.Zero, Length.Zero, z));
    }

    [Fact]
    public void Anisotropic_medium_matches_its_closed_form_and_reduces_to_isotropic()
    {
        var iso = ConductiveMedium.Isotropic(Conductivity.FromSiemensPerMetre(0.4));
        var aniso = ConductiveMedium.WhiteMatter(Conductivity.FromSiemensPerMetre(0.4), Conductivity.FromSiemensPerMetre(0.4));
        Tolerance.AssertClose(iso.PotentialMillivoltsPerMilliampere(0, -3, 0, 1, 0.5, 2, 3), aniso.PotentialMillivoltsPerMilliampere(0, -3, 0, 1, 0.5, 2, 3), 1e-12);
        var wm = ConductiveMedium.WhiteMatter(); // 0.6 / 0.083 S/m
        // φ = 1000 / (4π σT √σL √((x² + y²)/σT + z²/σL)) at (1, 2, 3) mm from the source.
        var expected = 1000 / (4 * Math.PI * 0.083 * Math.Sqrt(0.6) * Math.Sqrt((1 + 4) / 0.083 + 9 / 0.6));
        Tolerance.AssertClose(expected, wm.PotentialMillivoltsPerMilliampere(0, 0, 0, 1, 2, 3, 3), 1e-12);
        // Current spreads along the fibres: at equal distance the potential is larger along z than across.
        Assert.True(wm.PotentialMillivoltsPerMilliampere(0, 0, 0, 0, 0, 3, 3) > wm.PotentialMillivoltsPerMilliampere(0, 0, 0, 3, 0, 0, 3));
    }

    [Fact]
    public void Layered_medium_with_equal_conductivities_is_the_homogeneous_medium()
    {
        var layered = new LayeredDorsalCsfMedium(Conductivity.FromSiemensPerMetre(0.5), Conductivity.FromSiemensPerMetre(0.5), Conductivity.FromSiemensPerMetre(0.5), Conductivity.FromSiemensPerMetre(0.5));
        var iso = ConductiveMedium.Isotropic(Conductivity.FromSiemensPerMetre(0.5));
        foreach (var (y, x) in new[] { (0.0, 0.0), (0.7, 1.2), (-1.5, 0.3), (2.0, 4.0) })
            Tolerance.AssertClose(iso.PotentialMillivoltsPerMilliampere(0, -3.65, 0, x, y, 1, 3), layered.PotentialMillivoltsPerMilliampere(0, -3.65, 0, x, y, 1, 3), 1e-9);
    }

    [Fact]
    public void Layered_potential_is_continuous_across_the_csf_cord_interface()
    {
        var layered = ConductiveMedium.LayeredDefault;
        var above = layered.PotentialMillivoltsPerMilliampere(0, -3.65, 0, 0.5, -1e-9, 0.5, 3);
        var below = layered.PotentialMillivoltsPerMilliampere(0, -3.65, 0, 0.5, 0, 0.5, 3);
        Tolerance.AssertClose(above, below, 1e-6);
    }

    [Property(MaxTest = 30)]
    public Property Thicker_csf_lowers_the_potential_in_the_dorsal_columns() =>
        Prop.ForAll(
            (from h in Gen.Choose(5, 80) from dh in Gen.Choose(1, 20) from depth in Gen.Choose(0, 1000) select (H: h / 10.0, Dh: dh / 10.0, Depth: depth / 1000.0)).ToArbitrary(),
            p =>
            {
                var thin = new ElectrodeField(ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 3), Placement.WithCsfThickness(Length.FromMillimetres(p.H)));
                var thick = new ElectrodeField(ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 3), Placement.WithCsfThickness(Length.FromMillimetres(p.H + p.Dh)));
                var z = thin.ContactCentreZMm(3);
                return Math.Abs(thick.PotentialPerMilliampere(0, p.Depth, z)) < Math.Abs(thin.PotentialPerMilliampere(0, p.Depth, z));
            });

    [Fact]
    public void Bad_field_input_is_rejected_with_the_parameter_name()
    {
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => ConductiveMedium.Isotropic(Conductivity.Zero));
        Assert.Equal("conductivity", zero.ParamName);
        Assert.StartsWith("conductivity must be finite and greater than 0 S/m (allowed range: > 0 S/m); got 0 S/m.", zero.Message);
        Assert.Equal("siemensPerMetre", Assert.Throws<ArgumentOutOfRangeException>(() => Conductivity.FromSiemensPerMetre(double.NaN)).ParamName);
        Assert.Equal("transverse", Assert.Throws<ArgumentOutOfRangeException>(() => ConductiveMedium.WhiteMatter(Conductivity.FromSiemensPerMetre(0.6), Conductivity.Zero)).ParamName);
        Assert.Equal("cordTransverse", Assert.Throws<ArgumentOutOfRangeException>(() => new LayeredDorsalCsfMedium(cordTransverse: Conductivity.Zero)).ParamName);
        Assert.Equal("cordLongitudinal", Assert.Throws<ArgumentOutOfRangeException>(() => new LayeredDorsalCsfMedium(cordLongitudinal: Conductivity.Zero)).ParamName);
        Assert.Equal("cord", Assert.Throws<ArgumentOutOfRangeException>(() => LayeredDorsalCsfMedium.WithIsotropicCord(Conductivity.Zero)).ParamName);
        Assert.Equal("conductivity", Assert.Throws<ArgumentOutOfRangeException>(() => ConductiveMedium.PointSourcePotential(Current.FromMilliamperes(1), Length.FromMillimetres(1), Conductivity.Zero)).ParamName);
        Assert.Equal("distance", Assert.Throws<ArgumentOutOfRangeException>(() => ConductiveMedium.PointSourcePotential(Current.FromMilliamperes(1), Length.FromMillimetres(-1), Conductivity.FromSiemensPerMetre(1))).ParamName);
        Assert.Equal("csfThickness", Assert.Throws<ArgumentOutOfRangeException>(() => LeadPlacement.MidlineT8.WithCsfThickness(Length.Zero)).ParamName);
        Assert.Equal("pointsPerContact", Assert.Throws<ArgumentOutOfRangeException>(() => new ElectrodeField(ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 1), [Placement], pointsPerContact: 0)).ParamName);
        var field = new ElectrodeField(ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 1), Placement);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => field.PotentialAt(Current.FromMilliamperes(1), Length.Zero, Length.FromMillimetres(-3.5), Length.Zero));
        Assert.Equal("depth", ex.ParamName); // in the epidural fat, where the layered model does not apply
    }
}
