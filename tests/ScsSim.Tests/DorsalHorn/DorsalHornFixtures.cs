using static ScsSim.Tests.Hertz;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;

namespace ScsSim.Tests.DorsalHorn;

/// <summary>Network results shared by the dorsal-horn tests, computed once (10 s runs, three seeds).</summary>
internal static class DorsalHornFixtures
{
    public static readonly Duration TenSeconds = Duration.FromSeconds(10);
    public static readonly ulong[] Seeds = [1, 2, 3];

    /// <summary>One run from rest of <paramref name="seconds"/> (no warm-up, one seed): the old single-run readout, for tests
    /// of plumbing rather than of calibrated numbers.</summary>
    public static MeasurementPolicy OneRun(double seconds) =>
        MeasurementPolicy.Default with { Warmup = Duration.Zero, Window = Duration.FromSeconds(seconds), Seeds = 1 };

    public static PainTransmissionResult[] Measure(PainState pain, double hz, double share, GateControlParameters? p = null) =>
        Seeds.AsParallel().AsOrdered().Select(s => PainTransmission.Measure(pain, new ScsDrive(GateControlSweeps.ProgramFor(Hz(hz)), share), TenSeconds, s, p)).ToArray();

    private static readonly Lazy<PainTransmissionResult[]> C50 = new(() => Measure(PainState.CFibreTest, 50, 1));
    private static readonly Lazy<PainTransmissionResult[]> C1k = new(() => Measure(PainState.CFibreTest, 1000, 1));
    private static readonly Lazy<PainTransmissionResult[]> N50 = new(() => Measure(PainState.Neuropathic, 50, 1));

    /// <summary>C-fibre test, 50 Hz, all A-beta inputs recruited.</summary>
    public static PainTransmissionResult[] CFibre50Hz => C50.Value;

    /// <summary>C-fibre test, 1 kHz, all A-beta inputs recruited.</summary>
    public static PainTransmissionResult[] CFibre1kHz => C1k.Value;

    /// <summary>Neuropathic state, 50 Hz, all recruited.</summary>
    public static PainTransmissionResult[] Neuropathic50Hz => N50.Value;

    public static double MeanChange(PainTransmissionResult[] r) => r.Average(x => x.CFibreResponseChange);

    public static double MeanIndex(PainTransmissionResult[] r) => r.Average(x => x.Index);
}
