using ScsSim.DorsalHorn;

namespace ScsSim.Tests.DorsalHorn;

/// <summary>The network the bit-for-bit pins were written for: identical interneurons (no input-resistance spread, whose draws
/// have a random stream of their own) and the inhibitory weights of that calibration (0.17 local, 0.11 surround). The pins
/// guard the kernel and the streaming of inputs, not the calibration, so they keep that network, without the direct kilohertz
/// drive of the inhibitory interneurons (added later, a mechanism of its own with its own tests).</summary>
internal static class PinnedParameters
{
    public static readonly GateControlParameters Network = GateControlParameters.Default with
    {
        InterneuronInputResistanceSpread = 0, KilohertzInhibitoryDrive = 0,
        LocalInhibitoryToWdrWeight = 0.17, LocalInhibitoryToExcitatoryWeight = 0.17, SurroundInhibitoryToWdrWeight = 0.11,
    };
}
