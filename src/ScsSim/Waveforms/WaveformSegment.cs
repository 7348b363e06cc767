namespace ScsSim.Waveforms;

/// <summary>How a segment's samples vary.</summary>
internal enum SegmentShape
{
    /// <summary>Every sample equals <see cref="WaveformSegment.Level"/>.</summary>
    Constant,

    /// <summary>Sample n of the segment is Level · exp(−n / TimeConstantSamples): a passive recharge.</summary>
    Exponential,
}

/// <summary>
/// A run of non-zero samples in a compiled waveform, on the integer sample grid. Samples not covered by any segment
/// are zero. Levels are currents in milliamperes at the channel (the cathodes for a single-channel schedule), with the
/// cathodic phase negative.
/// </summary>
/// <remarks>An immutable value, thread-safe.</remarks>
/// <param name="Start">Index of the first sample.</param>
/// <param name="Length">Number of samples, at least 1.</param>
/// <param name="Shape">Constant or exponential.</param>
/// <param name="Level">The phase's level in mA: its value for a constant segment, its first sample for an exponential one.</param>
/// <param name="TimeConstantSamples">The decay time constant in samples (exponential segments only; infinity for constant ones).</param>
/// <param name="PhaseOffset">How many samples of the phase precede <paramref name="Start"/> (non-zero when a window cuts the phase).</param>
/// <param name="Gain">Amplitude factor of a cycling ramp (1 outside ramps).</param>
internal readonly record struct WaveformSegment(long Start, long Length, SegmentShape Shape, double Level, double TimeConstantSamples,
    long PhaseOffset = 0, double Gain = 1)
{
    /// <summary>Index one past the last sample.</summary>
    public long End => Start + Length;

    /// <summary>The value of sample <paramref name="sample"/> (zero outside the segment); the renderer produces exactly this in double.</summary>
    /// <param name="sample">A sample index.</param>
    /// <returns>The value in mA.</returns>
    public double ValueAt(long sample)
    {
        if (sample < Start || sample >= End) return 0;
        if (Shape == SegmentShape.Constant) return Level * Gain;
        var intoPhase = sample - Start + PhaseOffset;
        return Level * Math.Exp(-intoPhase / TimeConstantSamples) * Gain;
    }
}
