using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;
using ScsSim.Waveforms;

namespace ScsSim.Tests.Waveforms;

/// <summary>Interleaved multi-contact frames: exactly the per-channel renders, streamed in any chunking, allocation-free.</summary>
public class InterleavedWaveformTests
{
    private static readonly Gen<long> SampleRates = Gen.Elements(1_000_000L, 200_000L, 100_000L, 44_100L, 250_000L);

    private static Gen<long> Starts =>
        from choice in Gen.Choose(0, 3)
        from small in Gen.Choose(0, 200_000)
        from large in Gen.Choose(0, int.MaxValue)
        select choice == 0 ? 0L : choice == 1 ? small : choice == 2 ? (long)large : (long)large * 1013;

    /// <summary>1-8 cathodes and 1-8 anodes on two leads, the case returning 0 or 20 %: 2 to 17 channels, so that the
    /// frame patterns shorter and longer than a vector (8 floats, 4 doubles) are both exercised.</summary>
    private static Gen<ElectrodeConfiguration> ManyContacts =>
        from cathodes in Gen.Choose(1, 8)
        from anodes in Gen.Choose(1, 8)
        from casePercent in Gen.Elements(0.0, 20.0)
        select new ElectrodeConfiguration([Lead.Percutaneous8, Lead.Percutaneous8],
            Enumerable.Range(0, cathodes).Select(k => new ContactSetting(0, k, ContactRole.Cathode, 100.0 / cathodes))
                .Concat(Enumerable.Range(0, anodes).Select(k => new ContactSetting(1, k, ContactRole.Anode, (100 - casePercent) / anodes))),
            caseAnodePercent: casePercent);

    private static Gen<(MultiChannelWaveform Waveform, long Start, int Frames)> ProgramWindows =>
        from program in Generators.Program
        from electrodes in Gen.OneOf(Generators.Electrodes, ManyContacts, ManyContacts)
        from fs in SampleRates
        from start in Starts
        from frames in Gen.Choose(1, 12_000)
        let waveform = Try(() => new MultiChannelWaveform(program, electrodes, Frequency.FromHertz(fs)))
        where waveform is not null
        select (waveform!, start, frames);

    private static TonicProgram Tonic(double hz, double mA, double us) =>
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(mA), Duration.FromMicroseconds(us)), Frequency.FromHertz(hz));

    private static Gen<(MultiChannelWaveform Waveform, long Start, int Frames)> ProgramSetWindows =>
        from f1 in Gen.Choose(20, 200)
        from f2 in Gen.Choose(20, 200)
        from offsetUs in Gen.Choose(0, 50_000)
        from e1 in Gen.OneOf(Generators.Electrodes, ManyContacts)
        from e2 in Generators.Electrodes
        from passive in Gen.Elements(false, true)
        from cycled in Gen.Elements(false, true)
        from fs in SampleRates
        from start in Starts
        from frames in Gen.Choose(1, 12_000)
        let set = Try(() => new ProgramSet([
            new AreaProgram(passive
                ? StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(2), Duration.FromMicroseconds(60),
                    Recharge.Passive(Duration.FromMicroseconds(200), Duration.FromMicroseconds(800))), Frequency.FromHertz(f1))
                : Tonic(f1, 3, 60), e1),
            // A cycling second area is added through the scratch (it ramps each pulse), not natively.
            new AreaProgram(cycled
                ? StimulationProgram.Cycling(Tonic(f2, 1.5, 90), Duration.FromMilliseconds(60), Duration.FromMilliseconds(30), Duration.FromMilliseconds(40))
                : Tonic(f2, 1.5, 90), e2, Duration.FromMicroseconds(offsetUs))]))
        let waveform = set is null ? null : Try(() => new MultiChannelWaveform(set, Frequency.FromHertz(fs)))
        where waveform is not null
        select (waveform!, start, frames);

    private static TResult? Try<TResult>(Func<TResult> make) where TResult : class
    {
        try { return make(); }
        catch (ArgumentException) { return null; } // not representable at this rate, or areas that collide: not a valid case
    }

    /// <summary>The oracle: each channel rendered on its own, placed at f · channels + c.</summary>
    private static T[] PerChannel<T>(MultiChannelWaveform waveform, long start, int frames) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var channels = waveform.ChannelCount;
        var expected = new T[frames * channels];
        var one = new T[frames];
        for (var c = 0; c < channels; c++)
        {
            waveform.Render(c, start, one.AsSpan());
            for (var f = 0; f < frames; f++) expected[f * channels + c] = one[f];
        }
        return expected;
    }

    private static bool Same<T>(T[] expected, T[] actual, MultiChannelWaveform waveform, long start) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var i = actual.AsSpan().CommonPrefixLength(expected);
        if (i < expected.Length)
            throw new InvalidOperationException(
                $"{waveform.Schedule.Program}: frame {start + i / waveform.ChannelCount} channel {i % waveform.ChannelCount} interleaved {actual[i]}, its own render {expected[i]}");
        return true;
    }

    private static long Clamp(MultiChannelWaveform waveform, long start, int frames) =>
        Math.Min(start, waveform.Schedule.LastRepresentableSample - frames - 1_000);

    [Property(MaxTest = 120)]
    public Property Interleaved_frames_of_a_program_equal_the_per_channel_renders_in_double() =>
        Prop.ForAll(ProgramWindows.ToArbitrary(), w =>
        {
            var start = Clamp(w.Waveform, w.Start, w.Frames);
            var actual = new double[w.Frames * w.Waveform.ChannelCount];
            w.Waveform.RenderInterleaved(start, actual.AsSpan());
            return Same(PerChannel<double>(w.Waveform, start, w.Frames), actual, w.Waveform, start);
        });

    [Property(MaxTest = 120)]
    public Property Interleaved_frames_of_a_program_equal_the_per_channel_renders_in_float() =>
        Prop.ForAll(ProgramWindows.ToArbitrary(), w =>
        {
            var start = Clamp(w.Waveform, w.Start, w.Frames);
            var actual = new float[w.Frames * w.Waveform.ChannelCount];
            w.Waveform.RenderInterleaved(start, actual.AsSpan());
            return Same(PerChannel<float>(w.Waveform, start, w.Frames), actual, w.Waveform, start);
        });

    [Property(MaxTest = 80)]
    public Property Interleaved_frames_of_a_program_set_equal_the_per_channel_renders() =>
        Prop.ForAll(ProgramSetWindows.ToArbitrary(), w =>
        {
            var start = Clamp(w.Waveform, w.Start, w.Frames);
            var actual = new double[w.Frames * w.Waveform.ChannelCount];
            w.Waveform.RenderInterleaved(start, actual.AsSpan());
            var singles = new float[w.Frames * w.Waveform.ChannelCount];
            w.Waveform.RenderInterleaved(start, singles.AsSpan());
            return Same(PerChannel<double>(w.Waveform, start, w.Frames), actual, w.Waveform, start)
                && Same(PerChannel<float>(w.Waveform, start, w.Frames), singles, w.Waveform, start);
        });

    [Property(MaxTest = 80)]
    public Property The_interleaved_reader_streams_the_same_frames_in_any_chunking() =>
        Prop.ForAll(Gen.OneOf(ProgramWindows, ProgramSetWindows).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 3_000)).ToArbitrary(), (w, sizes) =>
        {
            var start = Clamp(w.Waveform, w.Start, w.Frames);
            var channels = w.Waveform.ChannelCount;
            var whole = new float[w.Frames * channels];
            w.Waveform.RenderInterleaved(start, whole.AsSpan());
            var reader = w.Waveform.CreateInterleavedReader<float>(start);
            var streamed = new float[whole.Length];
            var done = 0;
            for (var i = 0; done < w.Frames; i++)
            {
                var n = Math.Min(sizes.Length == 0 ? 1_000 : sizes[i % sizes.Length], w.Frames - done);
                if (sizes.Length > 0 && sizes.All(s => s == 0)) n = w.Frames - done;
                reader.Read(streamed.AsSpan(done * channels, n * channels));
                done += n;
            }
            return Same(whole, streamed, w.Waveform, start) && reader.Position == start + w.Frames;
        });

    private static MultiChannelWaveform SixteenChannels(StimulationProgram program)
    {
        // 8 cathodes and 7 anodes on two 8-contact leads, the case returning the rest: 15 contacts + case.
        var contacts = new List<ContactSetting>();
        for (var k = 0; k < 8; k++) contacts.Add(new ContactSetting(0, k, ContactRole.Cathode, 12.5));
        for (var k = 0; k < 7; k++) contacts.Add(new ContactSetting(1, k, ContactRole.Anode, 10));
        return new MultiChannelWaveform(program, new ElectrodeConfiguration([Lead.Percutaneous8, Lead.Percutaneous8], contacts, caseAnodePercent: 30), Frequency.FromHertz(1_000_000));
    }

    [Fact]
    public void Channel_count_is_contacts_plus_case_in_the_order_of_the_channels()
    {
        var waveform = SixteenChannels(Tonic(50, 5, 300));
        Assert.Equal(16, waveform.ChannelCount);
        Assert.True(waveform.Channels[^1].IsCase);
        var frames = new double[2 * 16];
        waveform.RenderInterleaved(0, frames.AsSpan());
        Assert.Equal(-5 * 0.125, frames[0], 12);     // frame 0, channel 0: a cathode at 12.5 %
        Assert.Equal(5 * 0.10, frames[8], 12);       // frame 0, channel 8: the first anode at 10 %
        Assert.Equal(5 * 0.30, frames[15], 12);      // frame 0, channel 15: the case at 30 %
        Assert.Equal(-5 * 0.125, frames[16], 12);    // frame 1, channel 0
        Assert.Equal(0, frames.AsSpan(0, 16).ToArray().Sum(), 12); // what goes out comes back
        Assert.Equal(2, new MultiChannelWaveform(Tonic(50, 5, 300), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 1, 2), Frequency.FromHertz(1_000_000)).ChannelCount);
        Assert.Equal(2, new MultiChannelWaveform(Tonic(50, 5, 300), ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 1), Frequency.FromHertz(1_000_000)).ChannelCount);
    }

    [Fact]
    public void A_destination_that_is_not_whole_frames_is_refused_naming_it()
    {
        var waveform = SixteenChannels(Tonic(50, 5, 300));
        var e = Assert.Throws<ArgumentException>(() => waveform.RenderInterleaved(0, new float[17].AsSpan()));
        Assert.Equal("destination", e.ParamName);
        Assert.Contains("17", e.Message);
        Assert.Contains("16", e.Message);
        var r = Assert.Throws<ArgumentException>(() => waveform.CreateInterleavedReader<float>().Read(new float[8]));
        Assert.Equal("frames", r.ParamName);
        var s = Assert.Throws<ArgumentOutOfRangeException>(() => waveform.RenderInterleaved(-1, new float[16].AsSpan()));
        Assert.Equal("startSample", s.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => waveform.RenderInterleaved(waveform.Schedule.LastRepresentableSample, new float[32].AsSpan()));
        Assert.Throws<ArgumentOutOfRangeException>(() => waveform.CreateInterleavedReader<double>(-3));
    }

    /// <summary>Destinations of 8 MB and more are written from a frame tile with non-temporal stores (10 kHz, whose
    /// hyperperiod of frames fits the tile), and every other way by runs; both paths equal the per-channel renders.</summary>
    [Theory]
    [InlineData(10_000.0, 30.0)]
    [InlineData(50.0, 300.0)]
    public void Frames_of_a_large_destination_equal_the_per_channel_renders(double hz, double us)
    {
        var program = hz > 1_200
            ? (StimulationProgram)StimulationProgram.HighFrequency(new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(us)), Frequency.FromHertz(hz))
            : Tonic(hz, 5, us);
        var waveform = SixteenChannels(program);
        const long start = 123_457;
        const int frames = 140_000; // 2.24 million floats, 8.96 MB
        var actual = new float[frames * 16];
        waveform.RenderInterleaved(start, actual.AsSpan());
        Assert.True(Same(PerChannel<float>(waveform, start, frames), actual, waveform, start));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Interleaved_rendering_and_streaming_allocate_nothing_after_the_first_call(bool programSet)
    {
        var waveform = programSet
            ? new MultiChannelWaveform(new ProgramSet([
                new AreaProgram(Tonic(50, 4, 300), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 1, 2)),
                new AreaProgram(Tonic(50, 2, 300), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 2, 3), Duration.FromMilliseconds(10))]), Frequency.FromHertz(1_000_000))
            : SixteenChannels(StimulationProgram.HighFrequency(new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(30)), Frequency.FromKilohertz(10)));
        var buffer = new float[50_000 * waveform.ChannelCount];
        var doubles = new double[5_000 * waveform.ChannelCount];
        waveform.RenderInterleaved(0, buffer.AsSpan());
        waveform.RenderInterleaved(0, doubles.AsSpan());
        var reader = waveform.CreateInterleavedReader<float>(123);
        reader.Read(buffer.AsSpan(0, waveform.ChannelCount));
        // Cleanest of several passes: tiered JIT can allocate a few bytes on the calling thread while it recompiles
        // (a real allocation per call or per chunk would show in every pass).
        var cleanest = long.MaxValue;
        for (var pass = 0; pass < 5; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 20; i++)
            {
                waveform.RenderInterleaved(i * 7_919L, buffer.AsSpan());
                waveform.RenderInterleaved(i * 104_729L, doubles.AsSpan());
                reader.Read(buffer.AsSpan(0, (1 + i * 37) * waveform.ChannelCount));
            }
            cleanest = Math.Min(cleanest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.Equal(0, cleanest);
    }
}
