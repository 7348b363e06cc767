using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.Intrinsics.X86;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Waveforms;

/// <summary>Describes one column of a <see cref="MultiChannelWaveform"/>, for labelling a DAQ channel or a CSV column:
/// a contact (or the case) and the share of the current it carries, with its sign.</summary>
/// <param name="Lead">Lead index, or −1 for the case.</param>
/// <param name="Contact">Contact index on its lead, or −1 for the case.</param>
/// <param name="Role">Cathode or anode.</param>
/// <param name="Scale">Multiplier applied to the cathode waveform: +fraction for cathodes, −fraction for anodes (NaN for a
/// program-set channel that areas use with different shares; each area's share then applies to its own pulses).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record WaveformChannel(int Lead, int Contact, ContactRole Role, double Scale)
{
    /// <summary>True for the pulse generator's case.</summary>
    public bool IsCase => Lead < 0;

    /// <summary>"L0E4", or "case".</summary>
    /// <returns>The channel's label.</returns>
    public override string ToString() => IsCase ? "case" : $"L{Lead}E{Contact}";
}
