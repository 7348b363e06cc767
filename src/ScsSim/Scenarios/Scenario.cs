using ScsSim.Activation;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;

namespace ScsSim.Scenarios;

/// <summary>
/// A virtual patient, a device profile, a program and its electrodes, and a seed: everything needed for one outcome
/// (<see cref="Simulate"/>). Serialisable with <see cref="ScenarioJson"/>.
/// </summary>
/// <remarks>
/// The chain: <see cref="DeviceProfile.Validate(StimulationProgram, ElectrodeConfiguration, Resistance)"/> (device limits),
/// <see cref="SafetyAnalysis"/> (charge density, Shannon), <see cref="EnergyAnalysis"/> (TEED, battery), the activation model
/// (<see cref="RecruitmentAnalysis"/>: perception and discomfort thresholds, paresthesia coverage of the painful dermatomes),
/// and the gate-control network (<see cref="PainTransmission"/>: WDR output with and without SCS). The network sees the
/// program's exact pulse times and the share of its A-beta inputs driven by the recruited dorsal-column fibres of the painful
/// dermatomes (<see cref="AfferentConvergence"/>).
/// <para>Not modelled, and reported honestly: kilohertz SCS at clinical amplitudes recruits no dorsal-column fibres in the
/// activation model (Lempka et al. 2015), so it is paresthesia-free and its pain-transmission index is about 1: any
/// analgesia it gives in patients comes from mechanisms this library does not model. The network is driven only through
/// A-beta recruitment; sub-perception effects (Gilbert et al. 2022) are not reproduced.</para>
/// <para>Immutable and thread-safe: one scenario may be simulated from several threads at once.</para>
/// </remarks>
public sealed record Scenario
{
    /// <summary>Creates a scenario.</summary>
    /// <param name="patient">The patient.</param>
    /// <param name="device">The device profile.</param>
    /// <param name="program">The program.</param>
    /// <param name="electrodes">An electrode configuration with one lead per placement of the patient.</param>
    /// <param name="seed">Seed of the fibre population and the network.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The configuration's lead count differs from the patient's placements.</exception>
    public Scenario(VirtualPatient patient, DeviceProfile device, StimulationProgram program, ElectrodeConfiguration electrodes, ulong seed)
    {
        Patient = Guard.NotNull(patient, nameof(patient));
        Device = Guard.NotNull(device, nameof(device));
        Program = Guard.NotNull(program, nameof(program));
        Electrodes = Guard.NotNull(electrodes, nameof(electrodes));
        if (electrodes.Leads.Count != patient.Placements.Count)
            throw new ArgumentException(
                $"electrodes use {electrodes.Leads.Count} lead(s) but the patient has {patient.Placements.Count} lead placement(s); give the patient one placement per lead (VirtualPatient.WithPlacements).",
                nameof(electrodes));
        Seed = seed;
        Setup = new StimulationSetup(electrodes, patient.PlacementsInPosture, program.Pulse).WithPopulation(seed);
    }

    /// <summary>The same as <see cref="ScenarioPresets.Tonic"/>: conventional 50 Hz, 300 µs, guarded tripole on contact 3, at
    /// about 1.25 times the perception threshold of <see cref="VirtualPatient.LowBackAndLegs"/>, generic device, seed 1.</summary>
    public static Scenario Conventional50Hz => ScenarioPresets.Tonic;

    /// <summary>The same as <see cref="ScenarioPresets.HighFrequency10kHz"/>: 10 kHz, 30 µs, 3 mA, same patient and lead
    /// (paresthesia-free).</summary>
    public static Scenario HighFrequency10kHz => ScenarioPresets.HighFrequency10kHz;

    /// <summary>The patient.</summary>
    public VirtualPatient Patient { get; }

    /// <summary>The device profile.</summary>
    public DeviceProfile Device { get; }

    /// <summary>The program.</summary>
    public StimulationProgram Program { get; }

    /// <summary>The electrodes.</summary>
    public ElectrodeConfiguration Electrodes { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>The activation setup of this scenario (patient's fibres from the seed, lead placement, electrodes, pulse;
    /// default grid and criteria): its threshold surface and recruitment analysis are computed once and shared by every
    /// scenario that differs only in amplitude, frequency, device or network settings.</summary>
    public StimulationSetup Setup { get; }

    /// <summary>The setup with the activation options of a simulation.</summary>
    internal StimulationSetup SetupFor(ScenarioOptions options) =>
        Setup.WithCriteria(options.Criteria).WithGrid(options.CoarseActivationGrid ? ThresholdSurfaceGrid.CoarseFor(Program.Pulse.PulseWidth) : null)
            .WithProgram(TrainFactors.TrainToSimulate(Program)); // trains drive the analyses where they change thresholds

    /// <summary>The same scenario with another program.</summary>
    /// <param name="program">The program.</param>
    /// <returns>The new scenario.</returns>
    /// <exception cref="ArgumentNullException">The program is null.</exception>
    public Scenario WithProgram(StimulationProgram program) => new(Patient, Device, program, Electrodes, Seed);

    /// <summary>The same scenario with another seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithSeed(ulong seed) => new(Patient, Device, Program, Electrodes, seed);

    /// <summary>The same scenario with the patient in another posture (the dorsal CSF layer changes with it).</summary>
    /// <param name="posture">The posture.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The posture is not defined, or would thicken the CSF beyond 10 mm.</exception>
    public Scenario WithPosture(Posture posture) => new(Patient.WithPosture(posture), Device, Program, Electrodes, Seed);

    /// <summary>The activation analysis of this scenario's lead, configuration and pulse (the expensive part: a cable-model
    /// threshold surface, about half a second the first time; then shared, see <see cref="Setup"/>), driven by the program's
    /// pulse train where the train changes thresholds (<see cref="TrainFactors.TrainToSimulate"/>: bursts and kilohertz
    /// programs; seconds more the first time for a program's shape).</summary>
    /// <param name="options">Options (default <see cref="ScenarioOptions.Default"/>).</param>
    /// <param name="progress">Steps done while this call computes the analysis (see <see cref="StimulationSetup.Recruitment"/>).</param>
    /// <param name="cancellationToken">Cancels the threshold surface (checked at every grid point and every 1,024 cable time steps)
    /// and the train factors.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range, or the lead lies outside the modelled T4-L1 range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public RecruitmentAnalysis Recruitment(ScenarioOptions? options = null, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? ScenarioOptions.Default;
        o.Validate();
        return SetupFor(o).Recruitment(progress, cancellationToken);
    }

    /// <summary>Share of the network's A-beta inputs driven at an amplitude: <see cref="AfferentConvergence.DrivenShare"/> of the
    /// recruited fraction of the painful dermatomes' dorsal-column fibres (<see cref="ScenarioOptions.DorsalColumnAfferents"/>
    /// afferents behind the network's inputs).</summary>
    /// <param name="amplitude">The amplitude.</param>
    /// <param name="options">Options (default <see cref="ScenarioOptions.Default"/>).</param>
    /// <param name="cancellationToken">Cancels the activation stage when it is not computed yet.</param>
    /// <returns>0-1.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public double RecruitedABetaFraction(Current amplitude, ScenarioOptions? options = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? ScenarioOptions.Default;
        return RecruitedABetaFraction(Recruitment(o, cancellationToken: cancellationToken).CoverageAt(amplitude), o);
    }

    private double RecruitedABetaFraction(DermatomalCoverage coverage, ScenarioOptions options)
    {
        long fibres = 0, recruited = 0;
        foreach (var r in coverage.Regions)
        {
            if (!Patient.PainfulRegions.Contains(r.Region)) continue;
            fibres += r.DorsalColumnFibres; recruited += r.RecruitedDorsalColumnFibres;
        }
        if (fibres == 0) return 0;
        return AfferentConvergence.DrivenShare(recruited / (double)fibres, options.Network.ABetaFibres, options.DorsalColumnAfferents);
    }

    /// <summary>Runs the whole chain once.</summary>
    /// <param name="options">Options (default <see cref="ScenarioOptions.Default"/>).</param>
    /// <param name="cancellationToken">Cancels the simulation: the activation stage (checked at every grid point and every 1,024
    /// cable time steps) and the network runs (every 4,096 network steps).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range, the lead lies outside the modelled T4-L1 range, or
    /// the program does not fit the network's 1 µs pulse grid (parameter <c>program</c>: a phase shorter than
    /// <see cref="ScsDrive.MinimumPhase"/>, checked before any simulation).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public ScenarioOutcome Simulate(ScenarioOptions? options = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? ScenarioOptions.Default;
        o.Validate();
        ScsDrive.CheckProgram(Program, "program");
        cancellationToken.ThrowIfCancellationRequested();
        var validation = Device.Validate(Program, Electrodes, Patient.ContactImpedance);
        var safety = SafetyAnalysis.Evaluate(Program, Electrodes);
        var energy = EnergyAnalysis.Evaluate(Program, Patient.ContactImpedance, Device);
        var recruitment = Recruitment(o, cancellationToken: cancellationToken);
        var amplitude = Program.Pulse.Amplitude;
        var dermatomal = recruitment.CoverageAt(amplitude);
        var share = RecruitedABetaFraction(dermatomal, o);
        var coverage = dermatomal.CoverageOf(Patient.PainfulRegions);
        var perception = recruitment.PerceptionThreshold;
        var drive = new ScsDrive(Program, share) { RelativeAmplitude = RelativeToPerception(amplitude, perception) };
        var pain = PainTransmission.Estimate(Patient.PainState, drive, Seed, o.Measurement, o.Network, cancellationToken);
        var paresthesiaFree = perception is not { } pt || amplitude < pt;
        var notes = new List<string>();
        var directKilohertz = InterneuronTonicDrive.FrequencyFactor(Program.PulsesPerSecond) > 0 && o.Network.KilohertzInhibitoryDrive > 0;
        if (Program.PulsesPerSecond >= 1000 && paresthesiaFree && directKilohertz)
            notes.Add("Kilohertz program below the perception threshold: no dorsal-column fibre is driven; the index comes from the model's direct kilohertz drive of the inhibitory interneurons (Lee et al. 2020 found 10 kHz, not 1 or 5 kHz, activates them). Its strength is not calibrated to a measurement: read the index as a direction, not a size.");
        else if (Program.PulsesPerSecond >= 1000 && paresthesiaFree)
            notes.Add("Kilohertz program below the perception threshold: no dorsal-column fibre is recruited in the activation model and the model's direct kilohertz effect (10 kHz and above; switchable) does not act at this rate or is switched off, so the pain-transmission index stays near 1. Analgesia reported for such programs in patients is not explained by this model.");
        else if (paresthesiaFree)
            notes.Add("Below the perception threshold: no dorsal-column fibre is recruited in the activation model, so the pain-transmission index stays near 1. Sub-perception effects reported clinically (burst, sub-perception tonic; Gilbert et al. 2022) are not modelled.");
        if (Program is BurstProgram && share > 0)
            notes.Add("Burst: in this model each burst acts as one strong A-beta volley at the burst rate (the later pulses of a burst reach fibres in their relative refractory period and depressed synapses), so burst behaves like tonic stimulation at its burst rate. Effects proposed for burst beyond the dorsal horn (the medial pain pathway; De Ridder et al.) are not modelled.");
        if (share > 0)
            notes.Add("Pain-transmission index: the strength of the A-beta drive onto the inhibitory interneurons is the gate model's least certain part; changing it by 20 % moves the 50 Hz effect on the C-fibre response between about -13 % and -41 % (dorsal-horn MODEL.md, sensitivity table).");
        if (share == 0 && !paresthesiaFree)
            notes.Add("Perceived, but no dorsal-column fibre of the painful dermatomes is recruited: the gate is not driven for these regions.");
        if (perception is null)
            notes.Add("No perception threshold within the modelled amplitude range.");
        return new ScenarioOutcome(this, validation, safety, energy, perception, recruitment.DiscomfortThreshold,
            perception is { } p ? amplitude / p : double.PositiveInfinity, recruitment.DorsalColumnFractionAt(amplitude), coverage,
            paresthesiaFree, share, pain, notes);
    }

    /// <summary>The WDR rate over time with this program switched on at <paramref name="onAt"/> and off at <paramref name="offAt"/>,
    /// against the same inputs without SCS: shows the effect and its reversal (recruitment computed once).</summary>
    /// <param name="onAt">Switch-on time, 0 or more.</param>
    /// <param name="offAt">Switch-off time, after <paramref name="onAt"/>.</param>
    /// <param name="duration">Simulated time, 0.1 s to 1 h.</param>
    /// <param name="bin">Bin width: at least one network time step, at most the duration, at most
    /// <see cref="PainTransmission.MaximumBins"/> bins.</param>
    /// <param name="options">Options (one run on the scenario's seed: the measurement policy is not used).</param>
    /// <param name="cancellationToken">Cancels the activation stage and the runs.</param>
    /// <returns>Bins in time order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time or the bin is out of range, or the program does not fit the network's
    /// 1 µs pulse grid (all checked before any simulation).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public IReadOnlyList<TimeCourseBin> TimeCourse(Duration onAt, Duration offAt, Duration duration, Duration bin,
        ScenarioOptions? options = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? ScenarioOptions.Default;
        o.Validate();
        Guard.InRange(duration.ToNanoseconds(), 100_000_000, 3_600_000_000_000, nameof(duration), " ns");
        PainTransmission.CheckBin(duration, bin, o.Network.TimeStepMs);
        // The switch times and the program, before the expensive stages (named as the caller passed them).
        Guard.InRange(onAt.ToNanoseconds(), 0, long.MaxValue, nameof(onAt), " ns");
        Guard.InRange(offAt.ToNanoseconds(), onAt.ToNanoseconds() + 1, long.MaxValue, nameof(offAt), " ns");
        ScsDrive.CheckProgram(Program, "program");
        cancellationToken.ThrowIfCancellationRequested();
        var recruitment = Recruitment(o, cancellationToken: cancellationToken);
        var amplitude = Program.Pulse.Amplitude;
        var drive = new ScsDrive(Program, RecruitedABetaFraction(recruitment.CoverageAt(amplitude), o), onAt, offAt)
        {
            RelativeAmplitude = RelativeToPerception(amplitude, recruitment.PerceptionThreshold),
        };
        return PainTransmission.TimeCourse(Patient.PainState, drive, duration, bin, Seed, o.Network, cancellationToken);
    }

    /// <summary>The amplitude as a multiple of the perception threshold, which scales the direct kilohertz effect on the
    /// inhibitory interneurons; 0 when perception lies beyond the modelled amplitudes (the amplitude is then far below it).</summary>
    private static double RelativeToPerception(Current amplitude, Current? perception) =>
        perception is { } threshold ? amplitude / threshold : 0;

    /// <summary>Frequency sweep of the network at this scenario's recruited share (pulse width fixed by
    /// <see cref="GateControlSweeps.ProgramFor"/>; recruitment computed once at this program's amplitude and width).</summary>
    /// <param name="frequencies">Frequencies (default 30 log-spaced from 1 Hz to 10 kHz).</param>
    /// <param name="options">Options.</param>
    /// <param name="progress">Progress after each point.</param>
    /// <param name="cancellationToken">Cancels the activation stage and the sweep.</param>
    /// <returns>One row per frequency.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public IReadOnlyList<SweepPoint> FrequencySweep(IEnumerable<Frequency>? frequencies = null, ScenarioOptions? options = null,
        IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? ScenarioOptions.Default;
        var share = RecruitedABetaFraction(Program.Pulse.Amplitude, o, cancellationToken);
        return GateControlSweeps.OverFrequency(Patient.PainState, share, frequencies ?? GateControlSweeps.LogSpacedFrequencies(Frequency.FromHertz(1), Frequency.FromKilohertz(10)),
            Seed, o.Measurement, o.Network, progress, cancellationToken);
    }

    /// <summary>Amplitude sweep of this program, amplitudes as multiples of the perception threshold, recruitment from the
    /// activation model (computed once).</summary>
    /// <param name="amplitudeMultiples">Multiples of the perception threshold, 0-100 (default 0 to 1.5 in steps of 0.1).</param>
    /// <param name="options">Options.</param>
    /// <param name="progress">Progress after each point.</param>
    /// <param name="cancellationToken">Cancels the activation stage and the sweep.</param>
    /// <returns>One row per amplitude.</returns>
    /// <exception cref="InvalidOperationException">No perception threshold within the modelled range.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The program does not fit the network's 1 µs pulse grid (checked first).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public IReadOnlyList<SweepPoint> AmplitudeSweep(IEnumerable<double>? amplitudeMultiples = null, ScenarioOptions? options = null,
        IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? ScenarioOptions.Default;
        ScsDrive.CheckProgram(Program, "program");
        var recruitment = Recruitment(o, cancellationToken: cancellationToken);
        var pt = recruitment.PerceptionThreshold ?? throw new InvalidOperationException("The program has no perception threshold within the modelled amplitude range.");
        var multiples = amplitudeMultiples ?? Enumerable.Range(0, 16).Select(i => i / 10.0);
        return GateControlSweeps.OverAmplitude(Patient.PainState, Program, m => RecruitedABetaFraction(recruitment.CoverageAt(pt * m), o), multiples,
            Seed, o.Measurement, o.Network, progress, cancellationToken);
    }
}
