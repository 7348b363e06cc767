using BenchmarkDotNet.Attributes;
using ScsSim.Benchmarks;
using ScsSim.Benchmarks.Waveforms;
using ScsSim.Programming;
using ScsSim.Quantities;
using Measurement = ScsSim.Benchmarks.BenchmarkGate.Measurement;

namespace ScsSim.Benchmarks.Tests;

/// <summary>The gate's expected cases come from the benchmark types, and a missing case or method fails it.</summary>
public class BenchmarkGateTests
{
    /// <summary>A waveform case under a name the gate has never heard of (what a renamed class looks like).</summary>
    [GenericTypeArguments(typeof(float))]
    [GenericTypeArguments(typeof(double))]
    public class RenamedTonicCase<T> : WaveformBenchmark<T> where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        protected override StimulationProgram Program => StimulationProgram.Tonic(
            new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50));

        protected override double PeriodSamples => 20_000;

        protected override double LevelAt(double positionInPeriod) => 0;
    }

    /// <summary>A gated class that can never run: the gate refuses it rather than expect nothing of it.</summary>
    public class UnclosedCase<T> : WaveformBenchmark<T> where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        protected override StimulationProgram Program => throw new NotSupportedException();

        protected override double PeriodSamples => 1;

        protected override double LevelAt(double positionInPeriod) => 0;
    }

    [Fact]
    public void Every_benchmark_class_of_a_gated_family_is_expected_for_each_sample_type()
    {
        var names = BenchmarkGate.ExpectedCases().Select(c => c.Name).ToHashSet();
        Type[] waveform = [typeof(TonicBenchmarks<>), typeof(Tonic130HzBenchmarks<>), typeof(HighFrequency10kBenchmarks<>), typeof(BurstActiveBenchmarks<>),
            typeof(BurstPassiveBenchmarks<>), typeof(CyclingBenchmarks<>), typeof(ProgramSetBenchmarks<>)];
        Type[] interleaved = [typeof(InterleavedTonicBenchmarks<>), typeof(InterleavedHighFrequency10kBenchmarks<>), typeof(InterleavedProgramSetBenchmarks<>)];
        var expected = waveform.Concat(interleaved)
            .SelectMany(t => new[] { t.MakeGenericType(typeof(float)), t.MakeGenericType(typeof(double)) })
            .Select(BenchmarkGate.ReportName).ToHashSet();
        Assert.Equal(expected.Order(), names.Order());
        Assert.Contains("HighFrequency10kBenchmarks<Double>", names); // BenchmarkDotNet's spelling of the type
    }

    [Fact]
    public void A_renamed_class_is_still_expected_under_its_new_name_and_fails_when_it_did_not_run()
    {
        var cases = BenchmarkGate.ExpectedCases([typeof(RenamedTonicCase<>), typeof(string), typeof(WaveformBenchmark<>)]);
        Assert.Equal(["RenamedTonicCase<Double>", "RenamedTonicCase<Single>"], cases.Select(c => c.Name).Order());
        Assert.Contains("NWaves", cases.Single(c => c.Name == "RenamedTonicCase<Single>").Methods);
        Assert.DoesNotContain("NWaves", cases.Single(c => c.Name == "RenamedTonicCase<Double>").Methods);

        var output = new StringWriter();
        // Results for the old name only: the renamed class is missing, and the old name is merely reported.
        var failures = BenchmarkGate.Check([.. WaveformResults("TonicBenchmarks<Single>", nwaves: true)], cases, output);
        Assert.Equal(2, failures);
        Assert.Contains("RenamedTonicCase<Single> FAILED: expected case missing from the results", output.ToString());
        Assert.Contains("RenamedTonicCase<Double> FAILED: expected case missing from the results", output.ToString());
    }

    [Fact]
    public void A_missing_case_fails_and_a_complete_set_passes()
    {
        var cases = BenchmarkGate.ExpectedCases([typeof(RenamedTonicCase<>)]);
        var complete = WaveformResults("RenamedTonicCase<Single>", nwaves: true).Concat(WaveformResults("RenamedTonicCase<Double>", nwaves: false)).ToList();
        Assert.Equal(0, BenchmarkGate.Check(complete, cases, new StringWriter()));

        var output = new StringWriter();
        Assert.Equal(1, BenchmarkGate.Check(complete.Where(m => m.Type != "RenamedTonicCase<Double>").ToList(), cases, output));
        Assert.Contains("RenamedTonicCase<Double> FAILED: expected case missing", output.ToString());
    }

    [Fact]
    public void A_missing_method_fails()
    {
        var cases = BenchmarkGate.ExpectedCases([typeof(RenamedTonicCase<>)]);
        var results = WaveformResults("RenamedTonicCase<Single>", nwaves: false).Concat(WaveformResults("RenamedTonicCase<Double>", nwaves: false)).ToList();
        var output = new StringWriter();
        Assert.Equal(1, BenchmarkGate.Check(results, cases, output));
        Assert.Contains("RenamedTonicCase<Single> FAILED: methods missing from the results: NWaves", output.ToString());
    }

    [Fact]
    public void The_full_gate_fails_on_an_empty_result_set_once_per_expected_case()
    {
        var output = new StringWriter();
        // Every waveform case, plus the scenario-cache, MRG and field cases.
        Assert.Equal(BenchmarkGate.ExpectedCases().Count + 3, BenchmarkGate.Check([], output));
        Assert.Contains("ScenarioCacheBenchmarks FAILED: methods missing", output.ToString());
        Assert.Contains("MrgBenchmarks FAILED: methods missing", output.ToString());
        Assert.Contains("FieldBenchmarks FAILED: methods missing", output.ToString());
    }

    private static BenchmarkGate.Measurement Mrg(string method, double ns) => new(MrgGate.TypeName, method, ns, 0);

    [Fact]
    public void The_MRG_gate_holds_the_MRG_surface_to_a_multiple_of_McNeals_and_reports_the_absolute_targets()
    {
        var output = new StringWriter();
        Assert.Equal(0, MrgGate.Check([Mrg("MrgThreshold", 5e6), Mrg("McNealDefaultSurface", 0.7e9), Mrg("MrgDefaultSurface", 2.5e9),
            Mrg("MrgRecruitment10kFibres100Amplitudes", 2e6)], output));
        Assert.Contains("MRG default surface 2.50 s", output.ToString());
        Assert.Contains("target ≤ 2 s on 2: missed", output.ToString());
        Assert.Contains("2.0 ms (target < 20: met)", output.ToString());
        Assert.Equal(1, MrgGate.Check([Mrg("MrgThreshold", 5e6), Mrg("McNealDefaultSurface", 0.7e9), Mrg("MrgDefaultSurface", 5e9),
            Mrg("MrgRecruitment10kFibres100Amplitudes", 2e6)], output));
        Assert.Equal(1, MrgGate.Check([Mrg("MrgThreshold", 5e6)], output));
    }

    private static BenchmarkGate.Measurement Field(string method, double ns) => new(FieldGate.TypeName, method, ns, 0);

    [Fact]
    public void The_field_gate_holds_building_the_tables_to_a_multiple_of_the_McNeal_surface()
    {
        var output = new StringWriter();
        var surface = new BenchmarkGate.Measurement("ThresholdSurfaceBenchmarks", "DefaultGridOneWidth", 450e6, 0);
        Assert.Equal(0, FieldGate.Check([Field("AllSurfaceNodes32ContactsCold", 241e6), Field("AllSurfaceNodes32ContactsWarm", 49e6), surface], output));
        Assert.Contains("241 ms cold (target < 1 s: met)", output.ToString());
        Assert.Equal(1, FieldGate.Check([Field("AllSurfaceNodes32ContactsCold", 1.2e9), Field("AllSurfaceNodes32ContactsWarm", 49e6), surface], output));
        Assert.Contains("FAILED", output.ToString());
        Assert.Equal(1, FieldGate.Check([Field("AllSurfaceNodes32ContactsWarm", 49e6), surface], output));
        Assert.Equal(1, FieldGate.Check([Field("AllSurfaceNodes32ContactsCold", 241e6), Field("AllSurfaceNodes32ContactsWarm", 49e6)], output));
    }

    private static BenchmarkGate.Measurement Scenario(string method, double ns) => new(ScenarioCacheGate.TypeName, method, ns, 0);

    [Fact]
    public void The_scenario_cache_gate_holds_a_cached_simulation_to_its_network_run()
    {
        var output = new StringWriter();
        Assert.Equal(0, ScenarioCacheGate.Check([Scenario("NetworkOnly", 10e6), Scenario("NetworkOnlyNewFrequency", 12e6),
            Scenario("SimulateNewAmplitude", 10.5e6), Scenario("SimulateNewFrequency", 17e6), Scenario("SimulateCold", 500e6)], output));
        // The frequency case is held to the network runs at its own frequencies, not to the amplitude case's baseline.
        Assert.Equal(1, ScenarioCacheGate.Check([Scenario("NetworkOnly", 10e6), Scenario("NetworkOnlyNewFrequency", 10e6),
            Scenario("SimulateNewAmplitude", 10.5e6), Scenario("SimulateNewFrequency", 17e6), Scenario("SimulateCold", 500e6)], output));
        // A cached path that recomputes the surface costs like the cold one: both cached ratios fail, and the cold one too.
        Assert.Equal(3, ScenarioCacheGate.Check([Scenario("NetworkOnly", 10e6), Scenario("NetworkOnlyNewFrequency", 10e6), Scenario("SimulateNewAmplitude", 500e6),
            Scenario("SimulateNewFrequency", 500e6), Scenario("SimulateCold", 510e6)], output));
        Assert.Equal(1, ScenarioCacheGate.Check([Scenario("NetworkOnly", 10e6)], output));
    }

    [Fact]
    public void Every_known_miss_names_an_expected_case()
    {
        var output = new StringWriter();
        Assert.Equal(0, BenchmarkGate.StaleKnownMisses(BenchmarkGate.ExpectedCases(), output));
        // Against a set that lacks their cases (as after a rename), every known miss is reported stale.
        Assert.Equal(BenchmarkGate.KnownMisses.Count, BenchmarkGate.StaleKnownMisses(BenchmarkGate.ExpectedCases([typeof(RenamedTonicCase<>)]), output));
    }

    [Fact]
    public void A_gated_class_with_no_sample_type_is_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => BenchmarkGate.ExpectedCases([typeof(UnclosedCase<>)]));
        Assert.Contains("UnclosedCase", e.Message);
    }

    // Every method at the speed of Fill: every ratio 1.0, every target met.
    private static IEnumerable<Measurement> WaveformResults(string type, bool nwaves)
    {
        foreach (var method in new[] { "Fill", "Render", "FillChunk", "StreamChunk" }) yield return new Measurement(type, method, 1000, 0);
        yield return new Measurement(type, "Naive", 50_000, 0);
        yield return new Measurement(type, "MathNet", 50_000, 0);
        if (nwaves) yield return new Measurement(type, "NWaves", 50_000, 0);
    }

    /// <summary>Ratios are taken against the fastest fill of the run for the sample type, not the case's own (which
    /// ran at half speed in some cases of one run): a case whose own fill was slow is still held to the fast one.</summary>
    [Fact]
    public void Ratios_are_taken_against_the_median_fill_of_the_run_for_the_sample_type()
    {
        var cases = BenchmarkGate.ExpectedCases();
        var measurements = new List<Measurement>();
        foreach (var c in cases)
            foreach (var method in c.Methods)
                measurements.Add(new Measurement(c.Name, method, method switch
                {
                    // Every case renders at the speed of Fill; one float case's own fills ran at half speed, another's
                    // at twice the speed (a lucky draw the other cases are not held to).
                    "Fill" or "FillChunk" when c.Name == "TonicBenchmarks<Single>" => 2000,
                    "Fill" or "FillChunk" when c.Name == "CyclingBenchmarks<Single>" => 500,
                    "Naive" or "MathNet" or "NWaves" => 1e6,
                    _ => 1000,
                }, 0));
        var baselines = BenchmarkGate.Baselines(measurements, cases);
        Assert.Equal(1000, baselines["Single"].Fill);
        Assert.Equal(1000, baselines["Single"].FillChunk);
        var slowed = measurements.Select(m => m.Type == "TonicBenchmarks<Double>" && m.Method == "StreamChunk" ? m with { FastestNs = 2000 } : m).ToList();
        var output = new StringWriter();
        BenchmarkGate.Check(slowed, cases, output);
        var text = output.ToString();
        Assert.Contains("Tonic float Render/Fill=1.00", text);                       // not 2.00 against its own slow Fill
        Assert.Contains("Tonic double Render/Fill=1.00 (target 0.85, met) StreamChunk/FillChunk=0.50", text);
    }

    [Fact]
    public void The_margin_is_the_widest_range_of_a_gated_ratio_and_systematic_misses_are_listed()
    {
        var cases = BenchmarkGate.ExpectedCases();
        // Every case at the speed of Fill, except the stream of one case (0.90, 0.73 and 0.85 of FillChunk: a range of
        // 0.17, a dip of 0.07 below its 0.80 target) and the stream of another (0.60 in every run: systematic).
        IReadOnlyList<Measurement> Run(double tonicStream) =>
            cases.SelectMany(c => c.Methods.Select(method => new Measurement(c.Name, method, (c.Name, method) switch
            {
                ("TonicBenchmarks<Double>", "StreamChunk") => 1000 / tonicStream,
                ("CyclingBenchmarks<Single>", "StreamChunk") => 1000 / 0.60,
                (_, "Naive" or "MathNet" or "NWaves") => 1e6,
                _ => 1000,
            }, 0))).ToList();
        var output = new StringWriter();
        Assert.Equal(0, MarginDerivation.Derive([Run(0.90), Run(0.73), Run(0.85)], output));
        var text = output.ToString();
        Assert.Contains("TonicBenchmarks<Double>.StreamChunk/FillChunk: 0.73-0.90 over 3 runs, target 0.80", text);
        Assert.Contains("deepest dip: 0.07 (TonicBenchmarks<Double>.StreamChunk/FillChunk, 0.73-0.90)", text);
        Assert.Contains("margin 0.20 (widest range 0.17, TonicBenchmarks<Double>.StreamChunk/FillChunk)", text);
        var known = text[text.IndexOf("known misses:", StringComparison.Ordinal)..];
        Assert.Contains("[\"CyclingBenchmarks<Single>.StreamChunk/FillChunk\"] = \"0.60-0.60 over 3 runs, target 0.80\"", known);
        Assert.DoesNotContain("TonicBenchmarks<Double>", known);
        Assert.Equal(2, MarginDerivation.Derive([Run(0.90)], new StringWriter()));
    }

    [Fact]
    public void A_known_miss_is_named_as_known_even_within_the_margin_and_an_unlisted_dip_as_noise()
    {
        var cases = BenchmarkGate.ExpectedCases();
        var known = BenchmarkGate.KnownMisses.Keys.First(k => k.EndsWith(".StreamChunk/FillChunk", StringComparison.Ordinal));
        var knownType = known[..known.IndexOf('.', StringComparison.Ordinal)];
        var other = cases.Select(c => c.Name).First(n => n != knownType && !BenchmarkGate.KnownMisses.ContainsKey($"{n}.StreamChunk/FillChunk")
            && cases.First(c => c.Name == n).Methods.Contains("StreamChunk"));
        // Both streams at 0.75 of FillChunk: below the 0.80 target, inside the margin.
        var measurements = cases.SelectMany(c => c.Methods.Select(method => new Measurement(c.Name, method, (method, c.Name == knownType || c.Name == other) switch
        {
            ("StreamChunk", true) => 1000 / 0.75,
            ("Naive" or "MathNet" or "NWaves", _) => 1e6,
            _ => 1000,
        }, 0))).ToList();
        var output = new StringWriter();
        Assert.Equal(0, BenchmarkGate.Check(measurements, cases, output));
        var lines = output.ToString().Split('\n');
        static string Name(string type) => type.Replace("Benchmarks<Single>", " float").Replace("Benchmarks<Double>", " double");
        Assert.Contains("StreamChunk/FillChunk=0.75 (target 0.80, MISSED (known:", lines.Single(l => l.StartsWith(Name(knownType) + " ", StringComparison.Ordinal)));
        Assert.Contains("StreamChunk/FillChunk=0.75 (target 0.80, MISSED (within noise))", lines.Single(l => l.StartsWith(Name(other) + " ", StringComparison.Ordinal)));
    }
}
