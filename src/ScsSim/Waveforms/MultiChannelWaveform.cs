using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.Intrinsics.X86;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Waveforms;

/// <summary>
/// For per-contact currents (what each contact of the lead, and the case, carries, as a stimulator's output stage or a DAQ
/// card needs them): one channel per cathode and anode (and the case when it returns current),
/// each the program's waveform scaled by the contact's fraction and sign, so that the channels of a sample always
/// sum to zero (what goes out at the cathodes comes back at the anodes).
/// </summary>
/// <remarks>
/// <para>Interleaved frames (<see cref="RenderInterleaved{T}(long, Span{T})"/>, <see cref="CreateInterleavedReader{T}(long)"/>):
/// a frame is one sample of every channel, <see cref="ChannelCount"/> values in the order of <see cref="Channels"/>
/// (the configuration's contacts, then the case when it returns current); frames follow one another, so value
/// <c>f · ChannelCount + c</c> is channel c at sample (start + f), the layout DAQ cards and hardware-in-the-loop rigs
/// consume. Every value equals the same channel's own render exactly.</para>
/// <para>Immutable and thread-safe, like its schedules: channels and interleaved frames may be rendered from several
/// threads at once (each call uses a pooled buffer of its own); an <see cref="InterleavedWaveformReader{T}"/> belongs
/// to one thread.</para>
/// </remarks>
public sealed class MultiChannelWaveform
{
    private readonly WaveformSchedule[] _schedules;
    private readonly ConcurrentDictionary<Type, object> _caches = new();

    /// <summary>Compiles a program for an electrode configuration.</summary>
    /// <param name="program">The program.</param>
    /// <param name="electrodes">The electrode configuration.</param>
    /// <param name="sampleRate">Any whole number of hertz from 1 Hz to 1 GHz.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sample rate is not a whole number of hertz from 1 Hz to 1 GHz, or the
    /// program does not fit the sample grid (see <see cref="WaveformSchedule.Compile(StimulationProgram, Frequency)"/>).</exception>
    public MultiChannelWaveform(StimulationProgram program, ElectrodeConfiguration electrodes, Frequency sampleRate)
    {
        Guard.NotNull(electrodes, nameof(electrodes));
        Schedule = WaveformSchedule.Compile(program, sampleRate);
        var channels = electrodes.Contacts
            .Select(c => new WaveformChannel(c.Lead, c.Contact, c.Role, (c.Role == ContactRole.Cathode ? 1 : -1) * c.FractionPercent / 100))
            .ToList();
        if (electrodes.CaseAnodePercent > 0)
            channels.Add(new WaveformChannel(-1, -1, ContactRole.Anode, -electrodes.CaseAnodePercent / 100));
        Channels = channels;
        _schedules = channels.Select(c => Schedule.Scaled(c.Scale)).ToArray();
    }

    /// <summary>
    /// Compiles an area-specific program set: one channel per contact used by any area (the case last), each the sum of
    /// the areas that use it, scaled by that area's fraction and sign.
    /// </summary>
    /// <param name="programSet">The program set.</param>
    /// <param name="sampleRate">Any whole number of hertz from 1 Hz to 1 GHz.</param>
    /// <exception cref="ArgumentNullException">The set is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sample rate is not a whole number of hertz from 1 Hz to 1 GHz, or an
    /// area does not fit the sample grid.</exception>
    public MultiChannelWaveform(ProgramSet programSet, Frequency sampleRate)
    {
        Guard.NotNull(programSet, nameof(programSet));
        Schedule = WaveformSchedule.Compile(programSet, sampleRate);
        var sampleRateHz = Schedule.SamplesPerSecond;
        var areas = programSet.Areas.Select(a => (Area: a, Schedule: WaveformSchedule.CompileArea(a, sampleRateHz))).ToArray();
        var channels = new List<WaveformChannel>();
        var schedules = new List<WaveformSchedule>();
        var keys = areas.SelectMany(a => a.Area.Electrodes.Contacts.Select(c => (c.Lead, c.Contact)))
            .Concat(areas.Any(a => a.Area.Electrodes.CaseAnodePercent > 0) ? [(-1, -1)] : [])
            .Distinct().ToArray();
        foreach (var (lead, contact) in keys)
        {
            var parts = new List<WaveformSchedule>();
            var scales = new List<double>();
            ContactRole? role = null;
            foreach (var (area, schedule) in areas)
            {
                var scale = ScaleOf(area.Electrodes, lead, contact, out var areaRole);
                if (scale == 0) continue;
                role ??= areaRole;
                scales.Add(scale);
                parts.Add(schedule.Scaled(scale));
            }
            channels.Add(new WaveformChannel(lead, contact, role!.Value, scales.Distinct().Count() == 1 ? scales[0] : double.NaN));
            schedules.Add(parts.Count == 1 ? parts[0] : new SumSchedule(programSet.Areas[0].Program, parts.ToArray()));
        }
        Channels = channels;
        _schedules = schedules.ToArray();
    }

    // +fraction for a cathode, −fraction for an anode (the case is lead −1), 0 when the area does not use the contact.
    private static double ScaleOf(ElectrodeConfiguration electrodes, int lead, int contact, out ContactRole role)
    {
        role = ContactRole.Anode;
        if (lead < 0) return -electrodes.CaseAnodePercent / 100;
        var setting = electrodes.Contacts.FirstOrDefault(c => c.Lead == lead && c.Contact == contact);
        if (setting is null) return 0;
        role = setting.Role;
        return (setting.Role == ContactRole.Cathode ? 1 : -1) * setting.FractionPercent / 100;
    }

    /// <summary>The program's waveform at the cathodes (100 %).</summary>
    public WaveformSchedule Schedule { get; }

    /// <summary>The channels, in the order of the configuration's contacts, the case last.</summary>
    public IReadOnlyList<WaveformChannel> Channels { get; }

    /// <summary>The schedule of one channel (render it, stream it, or list its segments).</summary>
    /// <param name="channel">Index into <see cref="Channels"/>.</param>
    /// <returns>The channel's schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such channel.</exception>
    public WaveformSchedule ChannelSchedule(int channel) => _schedules[Guard.InRange(channel, 0, _schedules.Length - 1, nameof(channel))];

    /// <summary>Renders one channel's window (see <see cref="WaveformSchedule.Render{T}(long, Span{T})"/>).</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="channel">Index into <see cref="Channels"/>.</param>
    /// <param name="startSample">First sample, 0 or more.</param>
    /// <param name="destination">Where the samples go (mA).</param>
    /// <exception cref="ArgumentOutOfRangeException">No such channel, or the start is negative.</exception>
    public void Render<T>(int channel, long startSample, Span<T> destination) where T : unmanaged, IFloatingPointIeee754<T> =>
        ChannelSchedule(channel).Render(startSample, destination);

    /// <summary>Values in one interleaved frame: the number of <see cref="Channels"/> (contacts + the case when it returns current).</summary>
    public int ChannelCount => _schedules.Length;

    /// <summary>
    /// Renders frames [<paramref name="startSample"/>, <paramref name="startSample"/> + destination.Length / <see cref="ChannelCount"/>)
    /// interleaved into <paramref name="destination"/>: value f · ChannelCount + c is channel c (in the order of
    /// <see cref="Channels"/>) at sample startSample + f, equal to that channel's own render. Allocates nothing after the
    /// first call on a thread for a given <typeparamref name="T"/>.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="startSample">Index of the first frame's sample, 0 or more, such that the last frame is representable
    /// (at most <see cref="WaveformSchedule.LastRepresentableSample"/> of every channel).</param>
    /// <param name="destination">Where the frames go (mA); its length must be a whole number of frames (a multiple of
    /// <see cref="ChannelCount"/>).</param>
    /// <exception cref="ArgumentException">The destination's length is not a multiple of <see cref="ChannelCount"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative or the frames pass the last representable sample.</exception>
    public void RenderInterleaved<T>(long startSample, Span<T> destination) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var frames = CheckFrames(destination.Length, nameof(destination));
        CheckStart(startSample, frames, nameof(startSample));
        var caches = Caches<T>();
        var scratch = ArrayPool<T>.Shared.Rent(ScratchLength<T>());
        try
        {
            Interleave(startSample, destination, scratch, caches);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(scratch);
        }
    }

    /// <summary>A reader that streams interleaved frames (see <see cref="RenderInterleaved{T}(long, Span{T})"/>) in
    /// caller-sized chunks of whole frames, allocating nothing per chunk.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="startSample">The sample of the first frame, 0 or more (up to the last representable sample + 1).</param>
    /// <returns>The reader (for one thread at a time).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative or beyond the last representable sample + 1.</exception>
    public InterleavedWaveformReader<T> CreateInterleavedReader<T>(long startSample = 0) where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckStart(startSample, 0, nameof(startSample));
        return new InterleavedWaveformReader<T>(this, startSample, Caches<T>(), new T[ScratchLength<T>()]);
    }

    /// <summary>One past the last sample every channel represents.</summary>
    internal long SampleEnd
    {
        get
        {
            var end = long.MaxValue;
            foreach (var schedule in _schedules) end = Math.Min(end, schedule.SampleEnd);
            return end;
        }
    }

    internal int CheckFrames(int length, string name)
    {
        if (length % _schedules.Length != 0)
            throw new ArgumentException(
                $"{name} must hold whole frames of {_schedules.Length} values (one per channel); its length {length} is not a multiple of {_schedules.Length}.", name);
        return length / _schedules.Length;
    }

    private void CheckStart(long startSample, int frames, string name)
    {
        var last = SampleEnd - frames;
        if (startSample < 0 || startSample > last)
            throw new ArgumentOutOfRangeException(name, startSample,
                $"{name} must be between 0 and {last} (the last representable sample + 1 − {frames} frames, so that every frame is in the 64-bit sample range of every channel); got {startSample}.");
    }

    // Frames rendered per block: every channel's block lies in a scratch of about 64 KB (L2-resident), while the frames
    // are written in order, so the destination is written once, front to back, like Span.Fill writes it.
    private int BlockFrames<T>() where T : unmanaged => Math.Clamp(65_536 / (_schedules.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()), 64, 8_192);

    // Each channel's block starts one cache line after a multiple of 4 KB: with a stride of exactly 4 KB (1024 floats,
    // 512 doubles) the 16 loads of a frame fall in one L1 set (8 ways) and evict one another on every frame, measured
    // 0.02-0.10 of Fill for 16 channels.
    private static int ChannelStride<T>(int blockFrames) where T : unmanaged => blockFrames + 64 / System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    internal int ScratchLength<T>() where T : unmanaged => ChannelStride<T>(BlockFrames<T>()) * _schedules.Length;

    internal RenderCache<T>[] Caches<T>() where T : unmanaged, IFloatingPointIeee754<T> =>
        (RenderCache<T>[])_caches.GetOrAdd(typeof(T), static (_, schedules) => schedules.Select(s => s.Cache<T>()).ToArray(), _schedules);

    /// <summary>Renders frames from <paramref name="start"/> into <paramref name="destination"/> (whole frames, checked by the caller).</summary>
    internal unsafe void Interleave<T>(long start, Span<T> destination, T[] scratch, RenderCache<T>[] caches) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var channels = _schedules.Length;
        var frames = destination.Length / channels;
        var block = BlockFrames<T>();
        var stride = ChannelStride<T>(block);
        fixed (T* target = destination)
        fixed (T* source = scratch)
        {
            for (var done = 0; done < frames; done += block)
            {
                var n = Math.Min(block, frames - done);
                for (var c = 0; c < channels; c++)
                    _schedules[c].RenderCore(start + done, scratch.AsSpan(c * stride, n), caches[c]);
                var row = target + (long)done * channels;
                if (channels == 1)
                {
                    new Span<T>(source, n).CopyTo(new Span<T>(row, n));
                    continue;
                }
                var f = 0;
                if (Avx.IsSupported && sizeof(T) == 4 && channels >= 8) f = Transpose8((float*)source, stride, (float*)row, channels, n);
                else if (Avx.IsSupported && sizeof(T) == 8 && channels >= 4) f = Transpose4((double*)source, stride, (double*)row, channels, n);
                for (row += (long)f * channels; f < n; f++, row += channels)
                {
                    var column = source + f;
                    for (var c = 0; c < channels; c++, column += stride) row[c] = *column;
                }
            }
        }
    }

    // 8 × 8 blocks of floats (8 channels × 8 frames) transposed in registers, so that frames are written with whole
    // vector stores (a scalar gather writes one value per store, a quarter to an eighth of Fill's rate). Pure data
    // movement: every value is copied bit for bit. Returns the number of frames done (a multiple of 8).
    private static unsafe int Transpose8(float* source, int stride, float* rows, int channels, int frames)
    {
        var groups = channels / 8;
        var f = 0;
        for (; f + 8 <= frames; f += 8)
        {
            for (var g = 0; g < groups; g++)
            {
                var from = source + (long)g * 8 * stride + f;
                var r0 = Avx.LoadVector256(from);
                var r1 = Avx.LoadVector256(from + stride);
                var r2 = Avx.LoadVector256(from + 2 * stride);
                var r3 = Avx.LoadVector256(from + 3 * stride);
                var r4 = Avx.LoadVector256(from + 4 * stride);
                var r5 = Avx.LoadVector256(from + 5 * stride);
                var r6 = Avx.LoadVector256(from + 6 * stride);
                var r7 = Avx.LoadVector256(from + 7 * stride);
                var t0 = Avx.UnpackLow(r0, r1);
                var t1 = Avx.UnpackHigh(r0, r1);
                var t2 = Avx.UnpackLow(r2, r3);
                var t3 = Avx.UnpackHigh(r2, r3);
                var t4 = Avx.UnpackLow(r4, r5);
                var t5 = Avx.UnpackHigh(r4, r5);
                var t6 = Avx.UnpackLow(r6, r7);
                var t7 = Avx.UnpackHigh(r6, r7);
                var u0 = Avx.Shuffle(t0, t2, 0x44);
                var u1 = Avx.Shuffle(t0, t2, 0xEE);
                var u2 = Avx.Shuffle(t1, t3, 0x44);
                var u3 = Avx.Shuffle(t1, t3, 0xEE);
                var u4 = Avx.Shuffle(t4, t6, 0x44);
                var u5 = Avx.Shuffle(t4, t6, 0xEE);
                var u6 = Avx.Shuffle(t5, t7, 0x44);
                var u7 = Avx.Shuffle(t5, t7, 0xEE);
                var to = rows + (long)f * channels + g * 8;
                Avx.Store(to, Avx.Permute2x128(u0, u4, 0x20));
                Avx.Store(to + channels, Avx.Permute2x128(u1, u5, 0x20));
                Avx.Store(to + 2 * channels, Avx.Permute2x128(u2, u6, 0x20));
                Avx.Store(to + 3 * channels, Avx.Permute2x128(u3, u7, 0x20));
                Avx.Store(to + 4 * channels, Avx.Permute2x128(u0, u4, 0x31));
                Avx.Store(to + 5 * channels, Avx.Permute2x128(u1, u5, 0x31));
                Avx.Store(to + 6 * channels, Avx.Permute2x128(u2, u6, 0x31));
                Avx.Store(to + 7 * channels, Avx.Permute2x128(u3, u7, 0x31));
            }
            for (var c = groups * 8; c < channels; c++)
                for (var k = 0; k < 8; k++) rows[(long)(f + k) * channels + c] = source[(long)c * stride + f + k];
        }
        return f;
    }

    // The same for doubles, 4 × 4 blocks.
    private static unsafe int Transpose4(double* source, int stride, double* rows, int channels, int frames)
    {
        var groups = channels / 4;
        var f = 0;
        for (; f + 4 <= frames; f += 4)
        {
            for (var g = 0; g < groups; g++)
            {
                var from = source + (long)g * 4 * stride + f;
                var r0 = Avx.LoadVector256(from);
                var r1 = Avx.LoadVector256(from + stride);
                var r2 = Avx.LoadVector256(from + 2 * stride);
                var r3 = Avx.LoadVector256(from + 3 * stride);
                var t0 = Avx.UnpackLow(r0, r1);
                var t1 = Avx.UnpackHigh(r0, r1);
                var t2 = Avx.UnpackLow(r2, r3);
                var t3 = Avx.UnpackHigh(r2, r3);
                var to = rows + (long)f * channels + g * 4;
                Avx.Store(to, Avx.Permute2x128(t0, t2, 0x20));
                Avx.Store(to + channels, Avx.Permute2x128(t1, t3, 0x20));
                Avx.Store(to + 2 * channels, Avx.Permute2x128(t0, t2, 0x31));
                Avx.Store(to + 3 * channels, Avx.Permute2x128(t1, t3, 0x31));
            }
            for (var c = groups * 4; c < channels; c++)
                for (var k = 0; k < 4; k++) rows[(long)(f + k) * channels + c] = source[(long)c * stride + f + k];
        }
        return f;
    }
}
