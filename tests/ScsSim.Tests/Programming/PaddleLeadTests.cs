using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;

namespace ScsSim.Tests.Programming;

public class PaddleLeadTests
{
    private static Length Mm(double v) => Length.FromMillimetres(v);

    [Fact]
    public void A_5_6_5_paddle_numbers_its_contacts_column_by_column_and_centres_the_short_columns()
    {
        var p = Lead.Paddle16;
        Assert.Equal(LeadKind.Paddle, p.Kind);
        Assert.Equal(16, p.ContactCount);
        Assert.Equal([5, 6, 5], p.RowsPerColumn);
        Assert.Equal((0, 0), p.ColumnAndRow(0));
        Assert.Equal((1, 0), p.ColumnAndRow(5));
        Assert.Equal((2, 4), p.ColumnAndRow(15));
        // Pitch 4.5 mm along, 3 mm across; the 5-contact columns sit half a pitch lower than the 6-contact one.
        Assert.Equal(Mm(4.5), p.Pitch);
        Assert.Equal(Mm(3), p.ColumnPitch);
        Assert.Equal(Mm(2.25), p.ContactCentre(0));
        Assert.Equal(Mm(0), p.ContactCentre(5));
        Assert.Equal(Mm(22.5), p.ContactCentre(10));
        Assert.Equal(Mm(22.5), p.ArrayLength);
        Assert.Equal(Mm(-3), p.ContactLateralOffset(0));
        Assert.Equal(Mm(0), p.ContactLateralOffset(7));
        Assert.Equal(Mm(3), p.ContactLateralOffset(12));
        // One face of a 3 x 1.5 mm contact.
        Assert.Equal(4.5, p.ContactArea.ToSquareMillimetres(), 12);
        Assert.Equal(32, Lead.Paddle32.ContactCount);
        Assert.Equal(5, Lead.Paddle32.RowsPerColumn.Count);
    }

    [Fact]
    public void A_percutaneous_lead_is_one_column_on_its_axis()
    {
        var l = Lead.Percutaneous8;
        Assert.Equal(LeadKind.Percutaneous, l.Kind);
        Assert.Equal([8], l.RowsPerColumn);
        Assert.Equal(Length.Zero, l.ContactLateralOffset(5));
        Assert.Equal(l.ContactCentre(7), l.ArrayLength);
        Assert.Equal((0, 6), l.ColumnAndRow(6));
    }

    [Fact]
    public void Paddles_are_values()
    {
        var a = Lead.Paddle("p", [2, 3], Mm(3), Mm(1.5), Mm(1), Mm(1));
        var b = Lead.Paddle("p", [2, 3], Mm(3), Mm(1.5), Mm(1), Mm(1));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Lead.Paddle("p", [3, 2], Mm(3), Mm(1.5), Mm(1), Mm(1)));
        Assert.NotEqual(Lead.Percutaneous8, Lead.Paddle16);
        Assert.Contains("RowsPerColumn", a.ToString());
    }

    [Fact]
    public void Bad_paddles_are_refused_naming_the_parameter_the_value_and_the_range()
    {
        ArgumentOutOfRangeException Bad(Func<Lead> make) => Assert.Throws<ArgumentOutOfRangeException>(make);
        var none = Bad(() => Lead.Paddle("p", [], Mm(3), Mm(1), Mm(1), Mm(1)));
        Assert.Equal("rowsPerColumn", none.ParamName);
        Assert.Contains("1 to 8 columns", none.Message);
        Assert.Contains("column 1 must hold 1 to 32 contacts; got 0", Bad(() => Lead.Paddle("p", [4, 0], Mm(3), Mm(1), Mm(1), Mm(1))).Message);
        Assert.Contains("at most 32 contacts; these columns hold 33", Bad(() => Lead.Paddle("p", [11, 11, 11], Mm(3), Mm(1), Mm(1), Mm(1))).Message);
        Assert.Equal("contactWidth", Bad(() => Lead.Paddle("p", [4], Mm(3), Mm(0), Mm(1), Mm(1))).ParamName);
        Assert.Equal("columnSpacing", Bad(() => Lead.Paddle("p", [4], Mm(3), Mm(1), Mm(1), Mm(-1))).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Lead.Paddle(" ", [4], Mm(3), Mm(1), Mm(1), Mm(1))).ParamName);
        Assert.Equal("contact", Assert.Throws<ArgumentOutOfRangeException>(() => Lead.Paddle16.ColumnAndRow(16)).ParamName);
    }

    [Fact]
    public void Safety_uses_the_paddle_contact_face_and_the_device_counts_its_contacts()
    {
        // The same 3 mA x 300 us pulse on a 4.5 mm^2 paddle face and on a 12.25 mm^2 ring: 2.72 times the charge density.
        var program = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(300)), Frequency.FromHertz(50));
        var paddle = SafetyAnalysis.Evaluate(program, ElectrodeConfiguration.GuardedTripolar(Lead.Paddle16, 7));
        var ring = SafetyAnalysis.Evaluate(program, ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, 3));
        Assert.Equal(Lead.Percutaneous8.ContactArea / Lead.Paddle16.ContactArea,
            paddle.MaxChargeDensity.ToMicrocoulombsPerSquareCentimetre() / ring.MaxChargeDensity.ToMicrocoulombsPerSquareCentimetre(), 9);
        Assert.True(DeviceProfile.Generic.Validate(program, ElectrodeConfiguration.GuardedTripolar(Lead.Paddle16, 7), Resistance.FromOhms(1000)).IsValid);
        var v = Assert.Single(DeviceProfile.Generic.Validate(program, ElectrodeConfiguration.GuardedTripolar(Lead.Paddle32, 8), Resistance.FromOhms(1000)).Violations);
        Assert.Equal("32 contacts", v.Value);
    }
}
