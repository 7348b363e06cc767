using ScsSim.Programming;

namespace ScsSim.Serialization;

/// <summary>Maps domain settings to the file's DTOs for writing (the inverse of <see cref="SettingsReader"/>).</summary>
internal static class SettingsWriter
{
    public static SettingsFileDto ToDto(StimulationSettings s) => new()
    {
        Version = SettingsJson.Version,
        Device = s.Device is null ? null : ToDto(s.Device),
        Electrodes = s.Electrodes is null ? null : ToDto(s.Electrodes),
        Program = s.Program is null ? null : ToDto(s.Program),
        ProgramSet = s.ProgramSet is null ? null : new ProgramSetDto
        {
            Areas = s.ProgramSet.Areas.Select(a => new AreaDto
            {
                Program = ToDto(a.Program),
                Electrodes = ToDto(a.Electrodes),
                OffsetMicroseconds = a.Offset.ToMicroseconds(),
            }).ToArray(),
        },
        ImpedanceOhm = s.Impedance?.ToOhms(),
    };

    private static ProgramDto ToDto(StimulationProgram program) => program switch
    {
        TonicProgram t => new TonicDto { Pulse = ToDto(t.Pulse), FrequencyHz = t.Frequency.ToHertz() },
        HighFrequencyProgram h => new HighFrequencyDto { Pulse = ToDto(h.Pulse), FrequencyHz = h.Frequency.ToHertz() },
        BurstProgram b => new BurstDto
        {
            Pulse = ToDto(b.Pulse),
            IntraBurstFrequencyHz = b.IntraBurstFrequency.ToHertz(),
            PulsesPerBurst = b.PulsesPerBurst,
            BurstFrequencyHz = b.BurstFrequency.ToHertz(),
            BurstRecharge = b.Recharge == BurstRecharge.PerPulse ? "perPulse" : "afterBurst",
        },
        CyclingProgram c => new CyclingDto
        {
            Program = ToDto(c.Program),
            OnTimeS = c.OnTime.ToSeconds(),
            OffTimeS = c.OffTime.ToSeconds(),
            RampS = c.Ramp.ToSeconds(),
        },
        _ => throw new NotSupportedException($"No settings-file form for {program.GetType().Name}."),
    };

    private static PulseDto ToDto(PulseShape pulse) => new()
    {
        AmplitudeMilliamperes = pulse.Amplitude.ToMilliamperes(),
        PulseWidthMicroseconds = pulse.PulseWidth.ToMicroseconds(),
        InterphaseGapMicroseconds = pulse.InterphaseGap.ToMicroseconds(),
        Polarity = pulse.Polarity == Polarity.CathodicFirst ? "cathodicFirst" : "anodicFirst",
        Recharge = pulse.Recharge switch
        {
            ActiveAsymmetricRecharge a => new ActiveAsymmetricDto { WidthRatio = a.WidthRatio },
            PassiveRecharge p => new PassiveDto
            {
                TimeConstantMicroseconds = p.TimeConstant.ToMicroseconds(),
                WindowMicroseconds = p.Window.ToMicroseconds(),
            },
            ActiveSymmetricRecharge => new ActiveSymmetricDto(),
            _ => throw new ArgumentException($"A {pulse.Recharge.GetType().Name} pulse cannot be written as a device setting.", nameof(pulse)),
        },
    };

    private static ElectrodesDto ToDto(ElectrodeConfiguration e) => new()
    {
        Leads = e.Leads.Select(l => l.Kind == LeadKind.Paddle
            ? new LeadDto
            {
                Name = l.Name,
                Kind = "paddle",
                RowsPerColumn = [.. l.RowsPerColumn],
                ContactLengthMillimetres = l.ContactLength.ToMillimetres(),
                ContactWidthMillimetres = l.ContactWidth.ToMillimetres(),
                SpacingMillimetres = l.Spacing.ToMillimetres(),
                ColumnSpacingMillimetres = l.ColumnSpacing.ToMillimetres(),
            }
            : new LeadDto
            {
                Name = l.Name,
                ContactCount = l.ContactCount,
                ContactLengthMillimetres = l.ContactLength.ToMillimetres(),
                DiameterMillimetres = l.Diameter.ToMillimetres(),
                SpacingMillimetres = l.Spacing.ToMillimetres(),
            }).ToArray(),
        Contacts = e.Contacts.Select(c => new ContactDto
        {
            Lead = c.Lead,
            Contact = c.Contact,
            Role = c.Role == ContactRole.Cathode ? "cathode" : "anode",
            FractionPercent = c.FractionPercent,
        }).ToArray(),
        CaseAnodePercent = e.CaseAnodePercent,
    };

    private static DeviceDto ToDto(DeviceProfile d) => new()
    {
        Name = d.Name,
        MaxAmplitudeMilliamperes = d.MaxAmplitude.ToMilliamperes(),
        AmplitudeStepMilliamperes = d.AmplitudeStep.ToMilliamperes(),
        FrequencyRanges = d.FrequencyRanges.Select(r => new FrequencyRangeDto { MinHz = r.Min.ToHertz(), MaxHz = r.Max.ToHertz() }).ToArray(),
        MinPulseWidthMicroseconds = d.MinPulseWidth.ToMicroseconds(),
        MaxPulseWidthMicroseconds = d.MaxPulseWidth.ToMicroseconds(),
        MaxChargePerPhaseMicrocoulombs = d.MaxChargePerPhase.ToMicrocoulombs(),
        ComplianceVoltageVolts = d.ComplianceVoltage.ToVolts(),
        ContactCount = d.ContactCount,
        Battery = new BatteryDto
        {
            Kind = d.Battery.Kind == BatteryKind.Rechargeable ? "rechargeable" : "primary",
            CapacityMilliampereHours = d.Battery.Capacity.ToMilliampereHours(),
            NominalVoltageVolts = d.Battery.NominalVoltage.ToVolts(),
            ConversionEfficiency = d.Battery.ConversionEfficiency,
            OverheadCurrentMicroamperes = d.Battery.OverheadCurrent.ToMicroamperes(),
        },
    };
}
