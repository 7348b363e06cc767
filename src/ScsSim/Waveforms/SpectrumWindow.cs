using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using ScsSim.Quantities;

namespace ScsSim.Waveforms;

/// <summary>Which window <see cref="PowerSpectrum.Of"/> applies before the Fourier transform: Hann for low leakage (the
/// usual choice), rectangular for exact whole periods.</summary>
public enum SpectrumWindow
{
    /// <summary>No window (rectangular): exact for whole periods, leaky otherwise.</summary>
    Rectangular,

    /// <summary>Hann window (MathNet.Numerics <c>Window.Hann</c>): low leakage, the usual choice.</summary>
    Hann,
}
