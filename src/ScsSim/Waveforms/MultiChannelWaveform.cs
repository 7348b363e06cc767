using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;
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
/// threads at once (a call that needs a scratch rents a pooled one of its own); an <see cref="InterleavedWaveformReader{T}"/> belongs
/// to one thread.</para>
/// </remarks>
public sealed class MultiChannelWaveform
{
    private readonly WaveformSchedule[] _schedules;
    private readonly ConcurrentDictionary<Type, object> _frameCaches = new();

    // Each area's schedule at the cathodes with every channel's scale in it (0 where the area does not use the channel):
    // frames are written area by area from these, the later areas adding their pulses.
    private readonly (WaveformSchedule Schedule, double[] Scales)[] _areas;
    private readonly bool _addsThroughScratch;

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
        _areas = [(Schedule, channels.Select(c => c.Scale).ToArray())];
        _addsThroughScratch = false;
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
        _areas = areas.Select(a => (a.Schedule, keys.Select(k => ScaleOf(a.Area.Electrodes, k.Lead, k.Contact, out _)).ToArray())).ToArray();
        _addsThroughScratch = _areas.Skip(1).Any(a => !a.Schedule.AddsFrames);
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
        var caches = FrameCaches<T>();
        if (!_addsThroughScratch)
        {
            Interleave(startSample, destination, [], caches);
            return;
        }
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
        return new InterleavedWaveformReader<T>(this, startSample, FrameCaches<T>(), _addsThroughScratch ? new T[ScratchLength<T>()] : []);
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

    // A later area that cannot add its frames natively (a cycling one: it ramps each pulse) is rendered block by block
    // into a scratch of about 64 KB (L2-resident) and added while the destination block is still in the caches.
    private int ScratchLength<T>() where T : unmanaged =>
        Math.Clamp(65_536 / (_schedules.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()), 64, 8_192) * _schedules.Length;

    /// <summary>Each area's frame runs for <typeparamref name="T"/> (an area is a periodic, offset or cycling schedule, all written as frames).</summary>
    internal FrameCache<T>[] FrameCaches<T>() where T : unmanaged, IFloatingPointIeee754<T> =>
        (FrameCache<T>[])_frameCaches.GetOrAdd(typeof(T), static (_, areas) => areas
            .Select(a => a.Schedule.BuildFrames<T>(a.Scales) ?? throw new InvalidOperationException($"{a.Schedule.GetType().Name} is not written as frames."))
            .ToArray(), _areas);

    /// <summary>Renders frames from <paramref name="start"/> into <paramref name="destination"/> (whole frames, checked by the caller).</summary>
    internal void Interleave<T>(long start, Span<T> destination, T[] scratch, FrameCache<T>[] frames) where T : unmanaged, IFloatingPointIeee754<T>
    {
        // The first area writes every frame; each later area adds its own pulses (areas never pulse together, so each
        // sum is what the channel's own SumSchedule adds), natively where its schedule can, else through the scratch.
        _areas[0].Schedule.RenderFrames(start, destination, frames[0], add: false);
        var channels = _schedules.Length;
        for (var a = 1; a < _areas.Length; a++)
        {
            var schedule = _areas[a].Schedule;
            if (schedule.AddsFrames)
            {
                schedule.RenderFrames(start, destination, frames[a], add: true);
                continue;
            }
            var block = scratch.Length / channels;
            for (var done = 0; done < destination.Length / channels; done += block)
            {
                var n = Math.Min(block, destination.Length / channels - done);
                var part = scratch.AsSpan(0, n * channels);
                schedule.RenderFrames(start + done, part, frames[a], add: false);
                SumSchedule.AddInto(destination.Slice(done * channels, n * channels), part);
            }
        }
    }
}
