using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Benchmarks.Activation;

/// <summary>The setting every activation benchmark measures: a guarded tripole on contact 3, midline over T8, 3 mm CSF, 300 µs.</summary>
internal static class MidlineTripole
{
    public static ElectrodeField Field() =>
        new(ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, 3), LeadPlacement.MidlineT8);

    public static PulseShape Pulse() => new(Current.FromMilliamperes(1), Duration.FromMicroseconds(300));
}
