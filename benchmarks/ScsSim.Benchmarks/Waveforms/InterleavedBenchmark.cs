using System.Numerics;
using BenchmarkDotNet.Attributes;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Waveforms;

namespace ScsSim.Benchmarks.Waveforms;

/// <summary>
/// Interleaved frames of 16 channels (15 contacts + the case), 1e7 values (625,000 frames at 1 MHz) into a preallocated
/// buffer, against <c>Span.Fill</c> of the same interleaved buffer (the baseline); streamed in 65,536-value chunks
/// (4,096 frames) against filling the same chunk.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
[MemoryDiagnoser]
public abstract class InterleavedBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public const int Values = 10_000_000;
    public const int ChunkValues = 65_536;
    protected static readonly Frequency SampleRate = Frequency.FromHertz(1_000_000);
    private const int Chunks = (Values + ChunkValues - 1) / ChunkValues;

    private readonly T _level = T.CreateChecked(-5.0);
    private AlignedBuffer<T> _buffer = null!;
    private AlignedBuffer<T> _chunk = null!;
    private MultiChannelWaveform _waveform = null!;
    private InterleavedWaveformReader<T> _reader = null!;

    /// <summary>The waveform of this case (16 channels).</summary>
    protected abstract MultiChannelWaveform Create();

    /// <summary>15 contacts on two 8-contact leads (8 cathodes, 7 anodes) and the case: 16 channels.</summary>
    protected static ElectrodeConfiguration SixteenChannels()
    {
        var contacts = new List<ContactSetting>();
        for (var k = 0; k < 8; k++) contacts.Add(new ContactSetting(0, k, ContactRole.Cathode, 12.5));
        for (var k = 0; k < 7; k++) contacts.Add(new ContactSetting(1, k, ContactRole.Anode, 10));
        return new ElectrodeConfiguration([Lead.Percutaneous8, Lead.Percutaneous8], contacts, caseAnodePercent: 30);
    }

    [GlobalSetup]
    public void Setup()
    {
        _waveform = Create();
        if (_waveform.ChannelCount != 16) throw new InvalidOperationException($"{GetType().Name}: {_waveform.ChannelCount} channels, not 16.");
        _buffer = new AlignedBuffer<T>(Values / 16 * 16);
        _chunk = new AlignedBuffer<T>(ChunkValues);
        _waveform.RenderInterleaved(0, _buffer.Span[..16]); // builds the per-type caches outside the measurement
        _reader = _waveform.CreateInterleavedReader<T>();
    }

    [Benchmark(Baseline = true)]
    public void Fill() => _buffer.Span.Fill(_level);

    [Benchmark]
    public void RenderInterleaved() => _waveform.RenderInterleaved(0, _buffer.Span);

    [Benchmark]
    public void FillChunk()
    {
        for (var i = 0; i < Chunks; i++) _chunk.Span.Fill(_level);
    }

    [Benchmark]
    public void StreamInterleaved()
    {
        for (var i = 0; i < Chunks; i++) _reader.Read(_chunk.Span);
    }
}

[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class InterleavedTonicBenchmarks<T> : InterleavedBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // 50 Hz, 300 µs, 5 mA on 16 channels.
    protected override MultiChannelWaveform Create() => new(StimulationProgram.Tonic(
        new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50)), SixteenChannels(), SampleRate);
}

[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class InterleavedHighFrequency10kBenchmarks<T> : InterleavedBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // 10 kHz, 30 µs, 3 mA on 16 channels (the most segments per frame).
    protected override MultiChannelWaveform Create() => new(StimulationProgram.HighFrequency(
        new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(30)), Frequency.FromKilohertz(10)), SixteenChannels(), SampleRate);
}

[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class InterleavedProgramSetBenchmarks<T> : InterleavedBenchmark<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // Two areas at 50 Hz, 10 ms apart, on 16 channels (one of them shared by both areas).
    protected override MultiChannelWaveform Create() => new(new ProgramSet([
        new AreaProgram(StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50)), SixteenChannels()),
        new AreaProgram(StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(200)), Frequency.FromHertz(50)),
            ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 0, 1), Duration.FromMilliseconds(10))]), SampleRate);
}
