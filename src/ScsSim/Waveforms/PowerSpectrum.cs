using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using ScsSim.Quantities;

namespace ScsSim.Waveforms;

/// <summary>
/// For seeing where a program puts its energy (lines at the pulse rate and its harmonics, a burst's envelope): a
/// one-sided power spectrum of a rendered waveform: <see cref="Frequencies"/> in Hz and <see cref="Power"/> in mA²
/// per bin (the window's coherent gain removed, so a sinusoid of amplitude A centred on a bin shows its mean square A²/2).
/// </summary>
/// <remarks>Computed with MathNet.Numerics' FFT (<c>Fourier.Forward</c>, any length, Bluestein when not a power of two).
/// A spectrum is immutable and thread-safe.</remarks>
public sealed class PowerSpectrum
{
    private PowerSpectrum(double[] frequencies, double[] power)
    {
        Frequencies = frequencies;
        Power = power;
    }

    /// <summary>Bin centre frequencies, 0 Hz to fs/2, spaced fs / N.</summary>
    public IReadOnlyList<double> Frequencies { get; }

    /// <summary>Power in each bin, mA².</summary>
    public IReadOnlyList<double> Power { get; }

    /// <summary>Bin spacing in Hz.</summary>
    public double Resolution => Frequencies.Count > 1 ? Frequencies[1] : 0;

    /// <summary>Renders <paramref name="duration"/> of a schedule from <paramref name="startSample"/> and computes its spectrum.</summary>
    /// <param name="schedule">The waveform.</param>
    /// <param name="duration">How much signal; 2 to 2^24 samples.</param>
    /// <param name="window">The window (Hann by default).</param>
    /// <param name="startSample">Where the analysed window starts, 0 or more.</param>
    /// <returns>The spectrum.</returns>
    /// <exception cref="ArgumentNullException">The schedule is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration gives fewer than 2 or more than 2^24 samples, or the window
    /// starts before 0 or ends beyond <see cref="WaveformSchedule.LastRepresentableSample"/> (named startSample).</exception>
    public static PowerSpectrum Of(WaveformSchedule schedule, Duration duration, SpectrumWindow window = SpectrumWindow.Hann, long startSample = 0)
    {
        Guard.NotNull(schedule, nameof(schedule));
        var samples = schedule.SamplesIn(duration);
        if (samples < 2 || samples > 1 << 24)
            throw new ArgumentOutOfRangeException(nameof(duration), duration,
                $"duration must give between 2 and {1 << 24} samples at {schedule.SampleRate}; {duration} gives {samples}.");
        var n = (int)samples;
        var signal = new double[n];
        schedule.Render(startSample, signal.AsSpan());
        var weights = window == SpectrumWindow.Hann ? MathNet.Numerics.Window.Hann(n) : Enumerable.Repeat(1.0, n).ToArray();
        var gain = weights.Sum();
        var bins = new Complex[n];
        for (var i = 0; i < n; i++) bins[i] = new Complex(signal[i] * weights[i], 0);
        Fourier.Forward(bins, FourierOptions.NoScaling);
        var half = n / 2 + 1;
        var frequencies = new double[half];
        var power = new double[half];
        for (var k = 0; k < half; k++)
        {
            frequencies[k] = (double)k * schedule.SamplesPerSecond / n;
            // A cos(2π f t) gives |X| = A · gain / 2 in its bin: its mean square A²/2 is 2 (|X| / gain)².
            // DC (and Nyquist for even n) have no mirror bin: c² = (|X| / gain)².
            var magnitude = bins[k].Magnitude / gain;
            var oneSided = k == 0 || (n % 2 == 0 && k == n / 2) ? 1.0 : 2.0;
            power[k] = oneSided * magnitude * magnitude;
        }
        return new PowerSpectrum(frequencies, power);
    }

    /// <summary>The power of the bin nearest to <paramref name="frequency"/>.</summary>
    /// <param name="frequency">A frequency from 0 Hz to the highest bin (fs/2, or just below it for an odd length).</param>
    /// <returns>The power in mA².</returns>
    /// <exception cref="ArgumentOutOfRangeException">The frequency is outside the spectrum.</exception>
    public double PowerAt(Frequency frequency)
    {
        var hertz = frequency.ToHertz();
        if (hertz > Frequencies[^1])
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{nameof(frequency)} must be between 0 Hz and {Frequencies[^1]:G6} Hz (the highest bin of this spectrum); got {frequency}."));
        return Power[(int)Math.Round(hertz / Resolution)];
    }
}
