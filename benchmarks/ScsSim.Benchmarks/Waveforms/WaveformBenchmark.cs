using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using MathNet.Numerics;
using NWaves.Signals.Builders;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Waveforms;

namespace ScsSim.Benchmarks.Waveforms;

/// <summary>
/// One waveform case, 1e7 samples at 1 MHz into a preallocated buffer, measured against the physical limit
/// (<c>Span.Fill</c> of the same buffer, the baseline) and against peers. Subclasses choose the program and give the
/// straightforward per-sample definition that the Naive and MathNet peers evaluate.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
[MemoryDiagnoser]
[Config(typeof(WaveformBenchmarkConfig))]
public abstract class WaveformBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public const int Samples = 10_000_000;
    public const int ChunkSamples = 65_536;
    public const long SampleRateHz = 1_000_000;
    protected static readonly Frequency SampleRate = Frequency.FromHertz(SampleRateHz);

    // Whole chunks covering the same 1e7 samples, so chunked and whole-buffer methods do the same work.
    private const int Chunks = (Samples + ChunkSamples - 1) / ChunkSamples;

    private readonly T _level = T.CreateChecked(-5.0);
    private AlignedBuffer<T> _buffer = null!;
    private AlignedBuffer<T> _chunk = null!;
    private WaveformSchedule _schedule = null!;
    private WaveformReader<T> _reader = null!;
    private float[] _nwavesTable = [];
    private double _nwavesStride;

    /// <summary>The program of this case.</summary>
    protected abstract StimulationProgram Program { get; }

    /// <summary>The schedule measured: the program's, unless the case is a program set.</summary>
    protected virtual WaveformSchedule CompileSchedule() => WaveformSchedule.Compile(Program, SampleRate);

    /// <summary>The repetition period in samples (may be fractional, as for 130 Hz).</summary>
    protected abstract double PeriodSamples { get; }

    /// <summary>The waveform at a position within the period, written the obvious way (a branch chain).</summary>
    protected abstract double LevelAt(double positionInPeriod);

    [GlobalSetup]
    public void Setup()
    {
        _buffer = new AlignedBuffer<T>(Samples);
        _chunk = new AlignedBuffer<T>(ChunkSamples);
        _schedule = CompileSchedule();
        _schedule.Render(0, _buffer.Span[..1]); // builds the per-type cache outside the measurement
        _reader = _schedule.CreateReader<T>();
        var wholePeriod = (int)Math.Ceiling(PeriodSamples);
        _nwavesTable = new float[wholePeriod];
        _schedule.Render(0, _nwavesTable.AsSpan());
        _nwavesStride = wholePeriod / PeriodSamples;
        CheckPeersComputeTheSameWaveform();
    }

    // The peers must produce the same signal, or the comparison is meaningless. Only whole-sample periods compare
    // exactly: with a fractional period (130 Hz) the naive modulo places pulses differently, which is its defect.
    private void CheckPeersComputeTheSameWaveform()
    {
        if (PeriodSamples != Math.Floor(PeriodSamples)) return;
        var length = (int)PeriodSamples * 3;
        var rendered = new double[length];
        _schedule.Render(0, rendered.AsSpan());
        for (var i = 0; i < length; i++)
        {
            var naive = LevelAt(i % PeriodSamples);
            if (Math.Abs(naive - rendered[i]) > 1e-9 * Math.Max(1, Math.Abs(naive)))
                throw new InvalidOperationException($"{GetType().Name}: the naive definition gives {naive} at sample {i}, ScsSim renders {rendered[i]}.");
        }
    }

    [Benchmark(Baseline = true)]
    public void Fill() => _buffer.Span.Fill(_level);

    [Benchmark]
    public void Render() => _schedule.Render(0, _buffer.Span);

    [Benchmark]
    public void FillChunk()
    {
        for (var i = 0; i < Chunks; i++) _chunk.Span.Fill(_level);
    }

    [Benchmark]
    public void StreamChunk()
    {
        for (var i = 0; i < Chunks; i++) _reader.Read(_chunk.Span);
    }

    [Benchmark]
    public void Naive()
    {
        var period = PeriodSamples;
        var buffer = _buffer.Span;
        for (var i = 0; i < buffer.Length; i++) buffer[i] = T.CreateChecked(LevelAt(i % period));
    }

    [Benchmark]
    public T[] MathNet() => Generate.PeriodicMap(Samples, p => T.CreateChecked(LevelAt(p)), SampleRateHz, SampleRateHz / PeriodSamples, PeriodSamples);

    /// <summary>NWaves' wave-table builder playing one period of the same waveform (float only: NWaves is float).</summary>
    [Benchmark]
    public float NWaves()
    {
        var builder = new WaveTableBuilder(_nwavesTable).SetParameter("stride", _nwavesStride).SampledAt((int)SampleRateHz);
        var buffer = System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(_buffer.Span);
        for (var i = 0; i < buffer.Length; i++) buffer[i] = builder.NextSample();
        return buffer[^1];
    }
}

/// <summary>Runs the NWaves peer only where it applies (float).</summary>
public sealed class WaveformBenchmarkConfig : ManualConfig
{
    public WaveformBenchmarkConfig() =>
        AddFilter(new SimpleFilter(b => b.Descriptor.WorkloadMethod.Name != nameof(WaveformBenchmark<float>.NWaves)
            || b.Descriptor.Type.GetGenericArguments() is [var t] && t == typeof(float)));
}

internal static class Phases
{
    /// <summary>Biphasic pulse: −A for w1, 0 for the gap, then the recharge level for w2; 0 after.</summary>
    public static double Biphasic(double p, double amplitude, double w1, double gap, double w2, double rechargeLevel) =>
        p < w1 ? -amplitude : p < w1 + gap ? 0 : p < w1 + gap + w2 ? rechargeLevel : 0;
}

[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class TonicBenchmarks<T> : WaveformBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // 50 Hz, 300 µs, 5 mA, active symmetric recharge.
    protected override StimulationProgram Program => StimulationProgram.Tonic(
        new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50));

    protected override double PeriodSamples => 20_000;

    protected override double LevelAt(double p) => Phases.Biphasic(p, 5, 300, 0, 300, 5);
}

[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class Tonic130HzBenchmarks<T> : WaveformBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // 130 Hz: 7692.307... samples a period, the non-integer case.
    protected override StimulationProgram Program => StimulationProgram.Tonic(
        new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(130));

    protected override double PeriodSamples => 1e6 / 130;

    protected override double LevelAt(double p) => Phases.Biphasic(p, 5, 300, 0, 300, 5);
}

[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class HighFrequency10kBenchmarks<T> : WaveformBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // 10 kHz, 30 µs, 3 mA.
    protected override StimulationProgram Program => StimulationProgram.HighFrequency(
        new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(30)), Frequency.FromKilohertz(10));

    protected override double PeriodSamples => 100;

    protected override double LevelAt(double p) => Phases.Biphasic(p, 3, 30, 0, 30, 3);
}

[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class BurstActiveBenchmarks<T> : WaveformBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // 5 × 1 ms at 500 Hz in 40 Hz bursts, active symmetric recharge after each pulse (fills each 2 ms slot).
    protected override StimulationProgram Program => StimulationProgram.Burst(
        new PulseShape(Current.FromMilliamperes(0.6), Duration.FromMilliseconds(1)), Frequency.FromHertz(500), 5, Frequency.FromHertz(40));

    protected override double PeriodSamples => 25_000;

    protected override double LevelAt(double p) => p < 10_000 ? Phases.Biphasic(p % 2_000, 0.6, 1_000, 0, 1_000, 0.6) : 0;
}

[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class BurstPassiveBenchmarks<T> : WaveformBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // 5 × 1 ms at 500 Hz in 40 Hz bursts, one passive recharge (τ 1 ms, 5 ms window) after each burst.
    protected override StimulationProgram Program => StimulationProgram.Burst(
        new PulseShape(Current.FromMilliamperes(0.6), Duration.FromMilliseconds(1), Recharge.Passive(Duration.FromMilliseconds(1), Duration.FromMilliseconds(5))),
        Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst);

    protected override double PeriodSamples => 25_000;

    // I0 = 5 · 0.6 mA · 1000 samples / Σ exp(−n/1000) over the 5000-sample window.
    private static readonly double PassivePeak = 3_000 / Enumerable.Range(0, 5_000).Sum(n => Math.Exp(-n / 1_000.0));

    protected override double LevelAt(double p) =>
        p < 9_000 ? (p % 2_000 < 1_000 ? -0.6 : 0) : p < 14_000 ? PassivePeak * Math.Exp(-(p - 9_000) / 1_000) : 0;
}

[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class CyclingBenchmarks<T> : WaveformBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // Tonic 50 Hz, 300 µs, 5 mA, cycling 2 s on (0.5 s ramp), 1 s off: 3e6-sample cycles, 100 pulses per on-time.
    protected override StimulationProgram Program => StimulationProgram.Cycling(StimulationProgram.Tonic(
            new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50)),
        Duration.FromSeconds(2), Duration.FromSeconds(1), Duration.FromMilliseconds(500));

    protected override double PeriodSamples => 3_000_000;

    // Each pulse scaled by its onset within the cycle / the ramp (at most 1); nothing in the off-time.
    protected override double LevelAt(double p) =>
        p >= 2_000_000 ? 0 : Math.Min(1.0, Math.Floor(p / 20_000) * 20_000 / 500_000) is var gain && gain == 1.0
            ? Phases.Biphasic(p % 20_000, 5, 300, 0, 300, 5)
            : Phases.Biphasic(p % 20_000, 5, 300, 0, 300, 5) * gain;
}

[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class ProgramSetBenchmarks<T> : WaveformBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // Two areas at 50 Hz: 5 mA, 300 µs at 0 and 3 mA, 200 µs 10 ms later, summed at the cathodes.
    internal static ProgramSet Set { get; } = new([
        new AreaProgram(StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50)),
            ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 1, 2)),
        new AreaProgram(StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(200)), Frequency.FromHertz(50)),
            ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 5, 6), Duration.FromMilliseconds(10))]);

    protected override StimulationProgram Program => Set.Areas[0].Program;

    protected override WaveformSchedule CompileSchedule() => WaveformSchedule.Compile(Set, SampleRate);

    protected override double PeriodSamples => 20_000;

    protected override double LevelAt(double p) =>
        Phases.Biphasic(p, 5, 300, 0, 300, 5) + (p >= 10_000 ? Phases.Biphasic(p - 10_000, 3, 200, 0, 200, 3) : 0);
}
