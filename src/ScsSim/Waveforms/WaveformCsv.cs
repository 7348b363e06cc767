using System.Globalization;

namespace ScsSim.Waveforms;

/// <summary>For spreadsheets and plotting tools: writes rendered waveforms as CSV (invariant culture): a time column in seconds, then one column per channel in mA.</summary>
/// <remarks>Stateless and thread-safe (each call uses its own buffers; the writer is the caller's).</remarks>
public static class WaveformCsv
{
    /// <summary>Writes samples [<paramref name="startSample"/>, <paramref name="startSample"/> + <paramref name="count"/>) of a schedule.</summary>
    /// <param name="writer">Where the text goes.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="startSample">First sample, 0 or more.</param>
    /// <param name="count">Number of rows, 0 or more.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative, or the window starts before 0 or ends beyond
    /// <see cref="WaveformSchedule.LastRepresentableSample"/>.</exception>
    public static void Write(TextWriter writer, WaveformSchedule schedule, long startSample, int count) =>
        Write(writer, [Guard.NotNull(schedule, nameof(schedule))], ["current_mA"], startSample, count);

    /// <summary>Writes every channel of a multi-channel waveform, one column per channel ("L0E4_mA", ..., "case_mA").</summary>
    /// <param name="writer">Where the text goes.</param>
    /// <param name="waveform">The multi-channel waveform.</param>
    /// <param name="startSample">First sample, 0 or more.</param>
    /// <param name="count">Number of rows, 0 or more.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative, or the window starts before 0 or ends beyond
    /// <see cref="WaveformSchedule.LastRepresentableSample"/>.</exception>
    public static void Write(TextWriter writer, MultiChannelWaveform waveform, long startSample, int count)
    {
        Guard.NotNull(waveform, nameof(waveform));
        Write(writer, Enumerable.Range(0, waveform.Channels.Count).Select(waveform.ChannelSchedule).ToArray(),
            waveform.Channels.Select(c => $"{c}_mA").ToArray(), startSample, count);
    }

    private static void Write(TextWriter writer, WaveformSchedule[] schedules, string[] names, long startSample, int count)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.InRange(count, 0, int.MaxValue, nameof(count));
        var last = schedules.Min(s => s.SampleEnd) - count;
        if (startSample < 0 || startSample > last)
            throw new ArgumentOutOfRangeException(nameof(startSample), startSample,
                $"startSample must be between 0 and {last} (LastRepresentableSample + 1 − {count} rows, so that the rows end in the 64-bit sample range the schedule represents); got {startSample}.");
        writer.WriteLine("time_s," + string.Join(",", names));
        const int Chunk = 4096;
        var time = new double[Chunk];
        var columns = schedules.Select(_ => new double[Chunk]).ToArray();
        for (var done = 0; done < count; done += Chunk)
        {
            var n = Math.Min(Chunk, count - done);
            schedules[0].TimeAxis(startSample + done, time.AsSpan(0, n));
            for (var c = 0; c < schedules.Length; c++) schedules[c].Render(startSample + done, columns[c].AsSpan(0, n));
            for (var i = 0; i < n; i++)
            {
                writer.Write(time[i].ToString("R", CultureInfo.InvariantCulture));
                foreach (var column in columns)
                {
                    writer.Write(',');
                    writer.Write(column[i].ToString("R", CultureInfo.InvariantCulture));
                }
                writer.WriteLine();
            }
        }
    }
}
