using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Serialization;

/// <summary>Maps settings-file objects to domain types and back; every check reports the JSON path.</summary>
internal static class SettingsMapper
{
    // ---- reading ----

    public static StimulationSettings FromDto(SettingsFileDto dto)
    {
        if (dto.Version != SettingsJson.Version)
            throw new SettingsFormatException("$.version", $"version {dto.Version} is not supported; this library reads version {SettingsJson.Version}.");
        return new StimulationSettings(
            dto.Program is null ? null : Program(dto.Program, "$.program"),
            dto.Electrodes is null ? null : Electrodes(dto.Electrodes, "$.electrodes"),
            dto.Device is null ? null : Device(dto.Device, "$.device"),
            dto.ImpedanceOhm is null ? null : Resistance.FromOhms(Positive(dto.ImpedanceOhm.Value, "$.impedance_ohm", "Ω")),
            dto.ProgramSet is null ? null : ProgramSet(dto.ProgramSet, "$.programSet"));
    }

    private static StimulationProgram Program(ProgramDto dto, string path) => dto switch
    {
        TonicDto t => At(path, () => StimulationProgram.Tonic(Pulse(t.Pulse, path + ".pulse"), Hertz(t.FrequencyHz, path + ".frequency_Hz"))),
        HighFrequencyDto h => At(path, () => StimulationProgram.HighFrequency(Pulse(h.Pulse, path + ".pulse"), Hertz(h.FrequencyHz, path + ".frequency_Hz"))),
        BurstDto b => At(path, () => StimulationProgram.Burst(
            Pulse(b.Pulse, path + ".pulse"),
            Hertz(b.IntraBurstFrequencyHz, path + ".intraBurstFrequency_Hz"),
            b.PulsesPerBurst,
            Hertz(b.BurstFrequencyHz, path + ".burstFrequency_Hz"),
            OneOf(b.BurstRecharge ?? "perPulse", path + ".burstRecharge", ("perPulse", BurstRecharge.PerPulse), ("afterBurst", BurstRecharge.AfterBurst)))),
        CyclingDto c => At(path, () => StimulationProgram.Cycling(
            Program(c.Program, path + ".program"),
            Seconds(c.OnTimeS, path + ".onTime_s"),
            Seconds(c.OffTimeS, path + ".offTime_s"),
            Seconds(c.RampS ?? 0, path + ".ramp_s"))),
        _ => throw new SettingsFormatException(path + ".kind", "kind must be one of: tonic, burst, highFrequency, cycling."),
    };

    private static PulseShape Pulse(PulseDto dto, string path)
    {
        var amplitude = Current.FromMilliamperes(NonNegative(dto.AmplitudeMilliamperes, path + ".amplitude_mA", "mA"));
        var width = Microseconds(Positive(dto.PulseWidthMicroseconds, path + ".pulseWidth_us", "µs"), path + ".pulseWidth_us");
        var gap = Microseconds(NonNegative(dto.InterphaseGapMicroseconds ?? 0, path + ".interphaseGap_us", "µs"), path + ".interphaseGap_us");
        var polarity = OneOf(dto.Polarity ?? "cathodicFirst", path + ".polarity",
            ("cathodicFirst", Polarity.CathodicFirst), ("anodicFirst", Polarity.AnodicFirst));
        var recharge = dto.Recharge is null ? null : Recharge(dto.Recharge, path + ".recharge");
        return At(path, () => new PulseShape(amplitude, width, recharge, gap, polarity));
    }

    private static Recharge Recharge(RechargeDto dto, string path) => dto switch
    {
        ActiveSymmetricDto => Programming.Recharge.ActiveSymmetric,
        ActiveAsymmetricDto a => At(path + ".widthRatio", () => Programming.Recharge.ActiveAsymmetric(a.WidthRatio)),
        PassiveDto p => Programming.Recharge.Passive(
            Microseconds(Positive(p.TimeConstantMicroseconds, path + ".timeConstant_us", "µs"), path + ".timeConstant_us"),
            Microseconds(Positive(p.WindowMicroseconds, path + ".window_us", "µs"), path + ".window_us")),
        _ => throw new SettingsFormatException(path + ".kind", "kind must be one of: activeSymmetric, activeAsymmetric, passive."),
    };

    private static ElectrodeConfiguration Electrodes(ElectrodesDto dto, string path)
    {
        var leads = dto.Leads.Select((l, i) => Lead(l, $"{path}.leads[{i}]")).ToArray();
        var contacts = dto.Contacts.Select((c, i) => new ContactSetting(c.Lead, c.Contact,
            OneOf(c.Role, $"{path}.contacts[{i}].role", ("cathode", ContactRole.Cathode), ("anode", ContactRole.Anode)),
            c.FractionPercent)).ToArray();
        return At(path, () => new ElectrodeConfiguration(leads, contacts, dto.CaseAnodePercent ?? 0));
    }

    private static Lead Lead(LeadDto dto, string path) => At(path, () => new Lead(dto.Name, dto.ContactCount,
        Length.FromMillimetres(Positive(dto.ContactLengthMillimetres, path + ".contactLength_mm", "mm")),
        Length.FromMillimetres(Positive(dto.DiameterMillimetres, path + ".diameter_mm", "mm")),
        Length.FromMillimetres(NonNegative(dto.SpacingMillimetres, path + ".spacing_mm", "mm"))));

    private static ProgramSet ProgramSet(ProgramSetDto dto, string path)
    {
        var areas = dto.Areas.Select((a, i) =>
        {
            var areaPath = $"{path}.areas[{i}]";
            return new AreaProgram(Program(a.Program, areaPath + ".program"), Electrodes(a.Electrodes, areaPath + ".electrodes"),
                Microseconds(NonNegative(a.OffsetMicroseconds ?? 0, areaPath + ".offset_us", "µs"), areaPath + ".offset_us"));
        }).ToArray();
        return At(path, () => new ProgramSet(areas));
    }

    private static DeviceProfile Device(DeviceDto dto, string path)
    {
        var ranges = dto.FrequencyRanges.Select((r, i) => new FrequencyRange(
            Hertz(r.MinHz, $"{path}.frequencyRanges[{i}].min_Hz"), Hertz(r.MaxHz, $"{path}.frequencyRanges[{i}].max_Hz"))).ToArray();
        var b = dto.Battery;
        var battery = new BatterySpecification(
            OneOf(b.Kind, path + ".battery.kind", ("rechargeable", BatteryKind.Rechargeable), ("primary", BatteryKind.Primary)),
            BatteryCapacity.FromMilliampereHours(Positive(b.CapacityMilliampereHours, path + ".battery.capacity_mAh", "mAh")),
            Voltage.FromVolts(Positive(b.NominalVoltageVolts, path + ".battery.nominalVoltage_V", "V")),
            InRange(b.ConversionEfficiency, 0, 1, path + ".battery.conversionEfficiency"),
            Current.FromMicroamperes(NonNegative(b.OverheadCurrentMicroamperes, path + ".battery.overheadCurrent_uA", "µA")));
        return At(path, () => new DeviceProfile(dto.Name,
            Current.FromMilliamperes(Positive(dto.MaxAmplitudeMilliamperes, path + ".maxAmplitude_mA", "mA")),
            Current.FromMilliamperes(Positive(dto.AmplitudeStepMilliamperes, path + ".amplitudeStep_mA", "mA")),
            ranges,
            Microseconds(Positive(dto.MinPulseWidthMicroseconds, path + ".minPulseWidth_us", "µs"), path + ".minPulseWidth_us"),
            Microseconds(Positive(dto.MaxPulseWidthMicroseconds, path + ".maxPulseWidth_us", "µs"), path + ".maxPulseWidth_us"),
            Charge.FromMicrocoulombs(Positive(dto.MaxChargePerPhaseMicrocoulombs, path + ".maxChargePerPhase_uC", "µC")),
            Voltage.FromVolts(Positive(dto.ComplianceVoltageVolts, path + ".complianceVoltage_V", "V")),
            dto.ContactCount, battery));
    }

    /// <summary>Runs a domain constructor and reports its complaint at <paramref name="path"/>.</summary>
    private static T At<T>(string path, Func<T> create)
    {
        try { return create(); }
        catch (ArgumentException e) { throw new SettingsFormatException(path, e.Message, e); }
    }

    private static double Positive(double value, string path, string unit) =>
        value > 0 ? value : throw new SettingsFormatException(path, $"{value} {unit} is not allowed; the value must be greater than 0 {unit}.");

    private static double NonNegative(double value, string path, string unit) =>
        value >= 0 ? value : throw new SettingsFormatException(path, $"{value} {unit} is not allowed; the value must be 0 {unit} or more.");

    private static double InRange(double value, double min, double max, string path) =>
        value > min && value <= max ? value : throw new SettingsFormatException(path, $"{value} is not allowed; the value must be greater than {min} and at most {max}.");

    private static Duration Microseconds(double value, string path) => At(path, () => Duration.FromMicroseconds(value));

    private static Duration Seconds(double value, string path) => At(path, () => Duration.FromSeconds(NonNegative(value, path, "s")));

    private static Frequency Hertz(double value, string path) => At(path, () => Frequency.FromHertz(Positive(value, path, "Hz")));

    private static T OneOf<T>(string value, string path, params (string Name, T Value)[] allowed)
    {
        foreach (var (name, v) in allowed)
            if (name == value) return v;
        throw new SettingsFormatException(path, $"\"{value}\" is not allowed; use one of: {string.Join(", ", allowed.Select(a => a.Name))}.");
    }

    // ---- writing ----

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
            _ => new ActiveSymmetricDto(),
        },
    };

    private static ElectrodesDto ToDto(ElectrodeConfiguration e) => new()
    {
        Leads = e.Leads.Select(l => new LeadDto
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
