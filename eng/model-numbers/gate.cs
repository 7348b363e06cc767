// The gate-control model's published numbers (src/ScsSim/DorsalHorn/MODEL.md, README), every one measured with the shared
// readout (MeasurementPolicy.Default: 3 s warm-up, 10 s, mean and 95 % interval of 5 network seeds). Run from the repository
// root: dotnet run eng/model-numbers/gate.cs -c Release [frequency|mechanisms|sensitivity|patients|steady|kilohertz|burst] (about 2 minutes
// on 2 cores for all).
#:project ../../src/ScsSim/ScsSim.csproj
using System.Globalization;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var what = args.Length > 0 ? args[0] : "all";
var p0 = GateControlParameters.Default;
PainTransmissionEstimate At(PainState pain, double hz, double share, GateControlParameters p) =>
    PainTransmission.Estimate(pain, new ScsDrive(GateControlSweeps.ProgramFor(Frequency.FromHertz(hz)), share), 1, parameters: p);

if (what is "all" or "frequency")
{
    Console.WriteLine("| frequency | C response (spikes/volley) | change (95 % CI) | neuropathic WDR (Hz) | index (95 % CI) | A-beta rate (Hz) |");
    Console.WriteLine("|---|---|---|---|---|---|");
    foreach (var hz in new[] { 1.0, 5, 10, 30, 50, 80, 120, 200, 500, 1000, 10_000 })
    {
        var c = At(PainState.CFibreTest, hz, 1, p0); var n = At(PainState.Neuropathic, hz, 1, p0);
        var cWithout = c.Runs.Average(r => r.CFibreResponseWithoutScs); var cWith = c.Runs.Average(r => r.CFibreResponseWithScs);
        var label = hz >= 1000 ? $"{hz / 1000:0} kHz" : $"{hz:0} Hz";
        Console.WriteLine($"| {label} | {cWithout:0.0} → {cWith:0.0} | {c.CFibreResponseChange.Mean:+0%;-0%;0%} ({c.CFibreResponseChange.Lower:+0%;-0%;0%} to {c.CFibreResponseChange.Upper:+0%;-0%;0%}) | {n.WdrRateWithoutScs.ToHertz():0.0} → {n.WdrRateWithScs.ToHertz():0.0} | {n.Index.Mean:0.00} ({n.Index.Lower:0.00}-{n.Index.Upper:0.00}) | {n.ABetaSpikeRate.ToHertz():0} |");
    }
    Console.WriteLine();
    Console.WriteLine("50 Hz, neuropathic, index by share of inputs driven:");
    foreach (var share in new[] { 0.2, 0.4, 0.6, 0.8, 1.0 }) Console.WriteLine($"  {share:P0}: {At(PainState.Neuropathic, 50, share, p0).Index}");
}

if (what is "all" or "mechanisms")
{
    foreach (var (name, p) in new (string, GateControlParameters)[]
    {
        ("as calibrated", p0),
        ("no depression (U 0.05)", p0 with { ABetaToInhibitoryRelease = 0.05, ABetaToWdrRelease = 0.05 }),
        ("no A-beta refractoriness", p0 with { ABetaAbsoluteRefractoryPeriod = Duration.Zero, ABetaRelativeRefractoryPeriod = Duration.Zero }),
        ("no inhibition", p0 with { InhibitionScale = 0 }),
        ("identical interneurons (spread 0)", p0 with { InterneuronInputResistanceSpread = 0 }),
        ("no direct kilohertz drive", p0 with { KilohertzInhibitoryDrive = 0 }),
    })
    {
        var c50 = At(PainState.CFibreTest, 50, 1, p); var c1k = At(PainState.CFibreTest, 1000, 1, p); var n120 = At(PainState.Neuropathic, 120, 1, p);
        var n10k = At(PainState.Neuropathic, 10_000, 1, p);
        Console.WriteLine($"{name}: C change 50 Hz {c50.CFibreResponseChange}, 1 kHz {c1k.CFibreResponseChange}; neuropathic index 120 Hz {n120.Index}, 10 kHz {n10k.Index}");
    }
}

if (what is "all" or "sensitivity")
{
    // Each tuned (or assumed) parameter scaled by 0.8 and 1.2, one at a time; the calibration targets as means of 5 seeds.
    var tuned = new (string Name, Func<GateControlParameters, double, GateControlParameters> Scale)[]
    {
        ("CToExcitatoryAmpaWeight", (p, f) => p with { CToExcitatoryAmpaWeight = p.CToExcitatoryAmpaWeight * f }),
        ("CToExcitatoryNmdaWeight", (p, f) => p with { CToExcitatoryNmdaWeight = p.CToExcitatoryNmdaWeight * f }),
        ("CToWdrAmpaWeight", (p, f) => p with { CToWdrAmpaWeight = p.CToWdrAmpaWeight * f }),
        ("CToWdrNmdaWeight", (p, f) => p with { CToWdrNmdaWeight = p.CToWdrNmdaWeight * f }),
        ("ExcitatoryToWdrAmpaWeight", (p, f) => p with { ExcitatoryToWdrAmpaWeight = p.ExcitatoryToWdrAmpaWeight * f }),
        ("ExcitatoryToWdrNmdaWeight", (p, f) => p with { ExcitatoryToWdrNmdaWeight = p.ExcitatoryToWdrNmdaWeight * f }),
        ("ABetaToInhibitoryWeight", (p, f) => p with { ABetaToInhibitoryWeight = p.ABetaToInhibitoryWeight * f }),
        ("ABetaToInhibitoryRelease", (p, f) => p with { ABetaToInhibitoryRelease = p.ABetaToInhibitoryRelease * f }),
        ("ABetaToInhibitoryRecovery", (p, f) => p with { ABetaToInhibitoryRecovery = Duration.FromMilliseconds(p.ABetaToInhibitoryRecovery.ToMilliseconds() * f) }),
        ("AmpaDecay", (p, f) => p with { AmpaDecay = Duration.FromMilliseconds(p.AmpaDecay.ToMilliseconds() * f) }),
        ("LocalInhibitoryToWdrWeight", (p, f) => p with { LocalInhibitoryToWdrWeight = p.LocalInhibitoryToWdrWeight * f }),
        ("LocalInhibitoryToExcitatoryWeight", (p, f) => p with { LocalInhibitoryToExcitatoryWeight = p.LocalInhibitoryToExcitatoryWeight * f }),
        ("SurroundInhibitoryToWdrWeight", (p, f) => p with { SurroundInhibitoryToWdrWeight = p.SurroundInhibitoryToWdrWeight * f }),
        ("ABetaToWdrWeight", (p, f) => p with { ABetaToWdrWeight = p.ABetaToWdrWeight * f }),
        ("InterneuronInputResistanceSpread", (p, f) => p with { InterneuronInputResistanceSpread = p.InterneuronInputResistanceSpread * f }),
        ("KilohertzInhibitoryDrive", (p, f) => p with { KilohertzInhibitoryDrive = p.KilohertzInhibitoryDrive * f }),
    };
    Console.WriteLine("| parameter | × | C response without (5-25) | 50 Hz C change (−20 to −50 %) | 1 kHz C change (±15 %) | neuropathic WDR without (4-30 Hz) | index 120 Hz (≤ 1) | index 10 kHz (≤ 1) |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");
    var rows = new List<(string, double)> { ("(calibrated)", 1) };
    foreach (var (name, _) in tuned) { rows.Add((name, 0.8)); rows.Add((name, 1.2)); }
    foreach (var (name, factor) in rows)
    {
        var p = factor == 1 ? p0 : tuned.Single(t => t.Name == name).Scale(p0, factor);
        var c50 = At(PainState.CFibreTest, 50, 1, p); var c1k = At(PainState.CFibreTest, 1000, 1, p);
        var n120 = At(PainState.Neuropathic, 120, 1, p); var n10k = At(PainState.Neuropathic, 10_000, 1, p);
        var cWithout = c50.Runs.Average(r => r.CFibreResponseWithoutScs);
        string Mark(bool ok) => ok ? "" : " ✗";
        Console.WriteLine($"| {name} | {factor:0.0} | {cWithout:0.0}{Mark(cWithout is >= 5 and <= 25)} | {c50.CFibreResponseChange.Mean:+0%;-0%}{Mark(c50.CFibreResponseChange.Mean is >= -0.5 and <= -0.2)} | {c1k.CFibreResponseChange.Mean:+0%;-0%;0%}{Mark(Math.Abs(c1k.CFibreResponseChange.Mean) < 0.15)} | {n120.WdrRateWithoutScs.ToHertz():0.0}{Mark(n120.WdrRateWithoutScs.ToHertz() is >= 4 and <= 30)} | {n120.Index.Mean:0.00}{Mark(n120.Index.Mean <= 1)} | {n10k.Index.Mean:0.00}{Mark(n10k.Index.Mean <= 1)} |");
    }
}

if (what is "all" or "patients")
{
    // Five virtual patients (fibre populations), the tonic preset's lead, 50 Hz: share driven and index by amplitude.
    var multiples = new[] { 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6 };
    var all = new List<IReadOnlyList<SweepPoint>>();
    foreach (ulong seed in new ulong[] { 1, 2, 3, 4, 5 })
    {
        var s = Scenario.Conventional50Hz.WithSeed(seed);
        var r = s.Recruitment();
        var rows = s.AmplitudeSweep(multiples);
        all.Add(rows);
        Console.WriteLine($"patient {seed} (perception {r.PerceptionThreshold!.Value.ToMilliamperes():0.00} mA, discomfort {r.DiscomfortThreshold!.Value / r.PerceptionThreshold!.Value:0.00}x): "
            + string.Join("  ", rows.Select(x => $"{x.AmplitudeMultiple:0.0}x {x.RecruitedFraction:0.00}/{x.Index:0.00}")));
    }
    Console.WriteLine("mean index over patients: " + string.Join("  ", multiples.Select((m, i) => $"{m:0.0}x {all.Average(rows => rows[i].Index):0.00}")));
    var preset = Scenario.Conventional50Hz.Simulate();
    Console.WriteLine($"tonic preset (patient 1, 5.3 mA): driven {preset.RecruitedABetaFraction:0.00}, index {preset.PainTransmission.Index}, coverage {preset.ParesthesiaCoverage:0.00}");
}

if (what is "all" or "steady")
{
    // From rest, 10 seeds: the rate without SCS and the with/without ratio at 50 Hz (all inputs driven) in windows of a 40 s run.
    var prog = GateControlSweeps.ProgramFor(Frequency.FromHertz(50));
    var courses = Enumerable.Range(1, 10).AsParallel().AsOrdered().Select(s =>
        PainTransmission.TimeCourse(PainState.Neuropathic, new ScsDrive(prog, 1), Duration.FromSeconds(40), Duration.FromSeconds(1), (ulong)s)).ToArray();
    double W(int a, int b, bool with) => courses.Average(c => c.Skip(a).Take(b - a).Average(x => (with ? x.WdrRateWithScs : x.WdrRateWithoutScs).ToHertz()));
    foreach (var (a, b) in new[] { (0, 1), (1, 2), (2, 3), (3, 5), (5, 10), (10, 20), (20, 40) })
        Console.WriteLine($"{a}-{b} s: without {W(a, b, false):0.00} Hz, with 50 Hz {W(a, b, true):0.00} Hz, ratio {W(a, b, true) / W(a, b, false):0.00}");
}

if (what is "all" or "kilohertz")
{
    // The direct kilohertz drive of the inhibitory interneurons (Lee et al. 2020) with no dorsal-column input (share 0):
    // by frequency and by amplitude relative to perception; then at full dorsal-column drive with and without it.
    Console.WriteLine("| program | amplitude / perception | neuropathic index (95 % CI) | C change (95 % CI) |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var (hz, rel) in new[] { (1000.0, 1.0), (5000.0, 1.0), (7500.0, 1.0), (10_000.0, 0.3), (10_000.0, 0.6), (10_000.0, 1.0) })
    {
        var d = new ScsDrive(GateControlSweeps.ProgramFor(Frequency.FromHertz(hz)), 0) { RelativeAmplitude = rel };
        var n = PainTransmission.Estimate(PainState.Neuropathic, d, 1); var c = PainTransmission.Estimate(PainState.CFibreTest, d, 1);
        Console.WriteLine($"| {hz / 1000:0.#} kHz, no dorsal-column input | {rel:0.0} | {n.Index} | {c.CFibreResponseChange} |");
    }
    foreach (var (name, p) in new[] { ("with the drive", p0), ("without it", p0 with { KilohertzInhibitoryDrive = 0 }) })
        Console.WriteLine($"| 10 kHz, all inputs driven, {name} | 1.0 | {At(PainState.Neuropathic, 10_000, 1, p).Index} | {At(PainState.CFibreTest, 10_000, 1, p).CFibreResponseChange} |");
}

if (what is "all" or "burst")
{
    // De Ridder's burst (5 pulses at 500 Hz, bursts at 40 Hz, 1 ms pulses) against tonic with the same pulse at the same charge
    // per second (200 Hz) and at the burst rate (40 Hz), at three shares of the A-beta inputs driven.
    var pulse = new PulseShape(Current.FromMilliamperes(1), Duration.FromMicroseconds(1000),
        Recharge.Passive(Duration.FromMicroseconds(500), Duration.FromMicroseconds(900)));
    var programs = new (string Name, StimulationProgram Program)[]
    {
        ("burst 5 × 500 Hz at 40 Hz", StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst)),
        ("tonic 200 Hz (same charge per second)", StimulationProgram.Tonic(pulse, Frequency.FromHertz(200))),
        ("tonic 40 Hz (the burst rate)", StimulationProgram.Tonic(pulse, Frequency.FromHertz(40))),
    };
    Console.WriteLine("| program | charge per second (µC) | share driven | neuropathic index (95 % CI) | C change (95 % CI) |");
    Console.WriteLine("|---|---|---|---|---|");
    foreach (var share in new[] { 1.0, 0.5, 0.2 })
        foreach (var (name, program) in programs)
        {
            var n = PainTransmission.Estimate(PainState.Neuropathic, new ScsDrive(program, share), 1);
            var c = PainTransmission.Estimate(PainState.CFibreTest, new ScsDrive(program, share), 1);
            var chargeUc = program.Pulse.ChargePerPhase.ToMicrocoulombs() * program.PulsesPerSecond;
            Console.WriteLine($"| {name} | {chargeUc:0} | {share:0.0} | {n.Index} | {c.CFibreResponseChange} |");
        }
}
