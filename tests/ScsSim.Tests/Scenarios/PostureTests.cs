using ScsSim.Activation;
using ScsSim.Quantities;
using ScsSim.Scenarios;

namespace ScsSim.Tests.Scenarios;

public class PostureTests
{
    [Fact]
    public void The_table_holds_Holsheimer_1994s_measurements_and_marks_the_assumptions()
    {
        // Holsheimer, den Boer, Struijk & Rozeboom, AJNR 15:951 (1994): 4.0-8.5 mm at T5-T6; T11 2.0-6.0 mm supine, about
        // 2.2 mm more prone; T12 1.5-4.5 mm supine, about 3.4 mm more prone (the middle of each range is the typical value).
        Assert.Equal(6.25, DorsalCsfThickness.TypicalSupine(Vertebra.T6).ToMillimetres(), 12);
        Assert.Equal(4.0, DorsalCsfThickness.TypicalSupine(Vertebra.T11).ToMillimetres(), 12);
        Assert.Equal(3.0, DorsalCsfThickness.TypicalSupine(Vertebra.T12).ToMillimetres(), 12);
        Assert.Equal(2.2, DorsalCsfThickness.ChangeFromSupine(Vertebra.T11, Posture.Prone).ToMillimetres(), 12);
        Assert.Equal(3.4, DorsalCsfThickness.ChangeFromSupine(Vertebra.T12, Posture.Prone).ToMillimetres(), 12);
        Assert.Equal(0, DorsalCsfThickness.ChangeFromSupine(Vertebra.T8, Posture.Supine).ToMillimetres());
        Assert.True(DorsalCsfThickness.IsChangeMeasured(Vertebra.T11, Posture.Prone));
        Assert.False(DorsalCsfThickness.IsChangeMeasured(Vertebra.T8, Posture.Prone));
        Assert.False(DorsalCsfThickness.IsChangeMeasured(Vertebra.T11, Posture.Standing));
        Assert.True(DorsalCsfThickness.IsTypicalMeasured(Vertebra.T12));
        Assert.False(DorsalCsfThickness.IsTypicalMeasured(Vertebra.T8));
        // Interpolated between T6 and T11: monotonic, thinner caudally.
        var levels = Enum.GetValues<Vertebra>().Select(v => DorsalCsfThickness.TypicalSupine(v).ToMillimetres()).ToArray();
        Assert.True(levels.Zip(levels.Skip(1)).All(p => p.First >= p.Second));
        Assert.Equal("posture", Assert.Throws<ArgumentOutOfRangeException>(() => DorsalCsfThickness.ChangeFromSupine(Vertebra.T8, (Posture)9)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => DorsalCsfThickness.TypicalSupine((Vertebra)3)).ParamName);
    }

    [Fact]
    public void A_placement_and_a_patient_take_a_posture_and_refuse_one_beyond_the_modelled_csf()
    {
        var t11 = new LeadPlacement(Vertebra.T11, Length.Zero, Length.FromMillimetres(4));
        Assert.Equal(6.2, t11.InPosture(Posture.Prone).CsfThickness.ToMillimetres(), 12);
        Assert.Equal(t11, t11.InPosture(Posture.Supine));
        var thick = new LeadPlacement(Vertebra.T12, Length.Zero, Length.FromMillimetres(8));
        Assert.Equal("csfThickness", Assert.Throws<ArgumentOutOfRangeException>(() => thick.InPosture(Posture.Prone)).ParamName);
        var patient = new VirtualPatient(t11, Resistance.FromOhms(1000), VirtualPatient.LowBackAndLegs.PainfulRegions);
        Assert.Equal(Posture.Supine, patient.Posture);
        var prone = patient.WithPosture(Posture.Prone);
        Assert.Equal(t11, prone.Placement); // the placement stays the supine one
        Assert.Equal(6.2, prone.PlacementsInPosture[0].CsfThickness.ToMillimetres(), 12);
        Assert.NotEqual(patient, prone);
        Assert.Throws<ArgumentOutOfRangeException>(() => new VirtualPatient(thick, Resistance.FromOhms(1000), patient.PainfulRegions).WithPosture(Posture.Prone));
    }

    [Fact]
    public void Lying_prone_raises_the_thresholds_at_T11_where_the_csf_change_was_measured()
    {
        // The CSF layer thickens prone (Holsheimer 1994) and thicker CSF raises thresholds (He et al. 1994): the supine
        // patient perceives first, as most patients do lying down.
        var supine = new Scenario(new VirtualPatient(new LeadPlacement(Vertebra.T11, Length.Zero, Length.FromMillimetres(4)), Resistance.FromOhms(1000),
            VirtualPatient.LowBackAndLegs.PainfulRegions), ScenarioPresets.Tonic.Device, ScenarioPresets.Tonic.Program, ScenarioPresets.Tonic.Electrodes, 7);
        var prone = supine.WithPosture(Posture.Prone);
        var up = supine.WithPosture(Posture.Standing);
        var (s, p, u) = (supine.Recruitment(), prone.Recruitment(), up.Recruitment());
        Assert.True(s.PerceptionThreshold < u.PerceptionThreshold && u.PerceptionThreshold < p.PerceptionThreshold,
            $"supine {s.PerceptionThreshold}, standing {u.PerceptionThreshold}, prone {p.PerceptionThreshold}");
        Assert.True(p.PerceptionThreshold / s.PerceptionThreshold > 1.3);
        Assert.Equal(supine.Setup.Placements[0].CsfThickness + Length.FromMillimetres(2.2), prone.Setup.Placements[0].CsfThickness);
    }

    [Fact]
    public void A_scenario_file_keeps_the_posture()
    {
        var prone = ScenarioPresets.Tonic.WithPosture(Posture.Prone);
        var json = ScenarioJson.Write(prone);
        Assert.Contains("\"posture\": \"prone\"", json);
        Assert.Equal(prone, ScenarioJson.Read(json));
        Assert.DoesNotContain("posture", ScenarioJson.Write(ScenarioPresets.Tonic));
        var bad = Assert.Throws<ScsSim.Serialization.SettingsFormatException>(() => ScenarioJson.Read(json.Replace("\"prone\"", "\"upside down\"", StringComparison.Ordinal)));
        Assert.Equal("$.patient.posture", bad.JsonPath);
    }
}
