using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// The mammalian myelinated axon the field uses for spinal cord stimulation (Lempka et al. 2015; Howell et al. 2014;
/// PyFibers, ASCENT): the McIntyre-Richardson-Grill double cable (J Neurophysiol 87:995, 2002) at body temperature,
/// with node, MYSA, FLUT and STIN compartments, the periaxonal space under the myelin, and fast and persistent sodium and
/// slow potassium at the nodes. A <see cref="FibreModel"/>: thresholds, firing windows, strength-duration curves, trains,
/// and a setup's fibre model (<see cref="StimulationSetup.WithFibreModel"/>).
/// </summary>
/// <remarks>
/// <para>Geometry: Table 1 of McIntyre et al. for 5.7-16 µm, the small-fibre MRG of Peña et al. 2024 for 1.011-5.7 µm
/// (see MODEL.md; the two meet with a jump at 5.7 µm). Kinetics and electrical constants as in ModelDB entry 3810 with
/// its Q10s (m, p 2.2 and h 2.9 from 20 °C; s 3.0 from 36 °C).</para>
/// <para>Numerics: NEURON's fixed-step backward Euler (ionic currents linearised at the old voltage, gates by exponential
/// Euler at the new), one compartment per section; time step <see cref="TimeStep"/> (default 5 µs, at most a tenth of the
/// pulse width). Validated against NEURON 8.2 running the same model (eng/mrg-neuron): 24 thresholds (5.7, 10, 16 µm;
/// 1 and 3 mm; 30-1000 µs) and nine conduction velocities identical to the last bisection step. Convergence in NEURON:
/// dt 5 → 1 µs lowers thresholds by up to 1.4 % and raises conduction velocity by about 7 %.</para>
/// <para>Fibre layout as <see cref="McNealFibreModel"/>, but twice as long: the active contacts plus max(12 mm, 6 × the
/// distance from the lead) on each side (at least 10 internodes; the double cable's longer electrotonic reach made anodic
/// thresholds 33 % high with McNeal's margin: 8.15 against 6.11 mA converged, 10 µm under 3 mm CSF, 300 µs), a node under the cathode centre, one resting compartment beyond each end
/// node (thresholds independent of length), monitor nodes two thirds of the margin out; an action potential counts when a
/// monitor node's membrane potential reaches 0 mV.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class MrgFibreModel : FibreModel, IEquatable<MrgFibreModel>
{
    /// <summary>Creates the model.</summary>
    /// <param name="timeStep">Integration step; 0.1 to 10 µs (default 5 µs, NEURON users' common choice).</param>
    /// <param name="tail">Simulated time after the stimulus; 0.2 to 50 ms (default 10 ms; a quiet cable ends a run sooner).</param>
    /// <param name="temperature">Temperature of the nodal kinetics; 20 to 42 °C (default 37 °C).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public MrgFibreModel(Duration? timeStep = null, Duration? tail = null, Temperature? temperature = null)
    {
        TimeStep = timeStep ?? Duration.FromMicroseconds(5);
        Tail = tail ?? Duration.FromMilliseconds(10);
        Temperature = temperature ?? BodyTemperature;
        Guard.InRange(TimeStep.ToNanoseconds(), 100, 10_000, nameof(timeStep), " ns");
        Guard.InRange(Tail.ToNanoseconds(), 200_000, 50_000_000, nameof(tail), " ns");
        Guard.InRange(Temperature.ToDegreesCelsius(), 20, 42, nameof(temperature), " °C");
    }

    /// <summary>37 °C.</summary>
    public static Temperature BodyTemperature { get; } = Temperature.FromDegreesCelsius(37);

    /// <summary>The model with the default numerics at 37 °C.</summary>
    public static MrgFibreModel Default { get; } = new();

    /// <summary>Smallest fibre diameter the model covers: 1.011 µm (Peña et al. 2024).</summary>
    public static Length MinimumDiameter { get; } = Length.FromMicrometres(MrgGeometry.MinimumDiameterUm);

    /// <summary>Largest fibre diameter the model covers: 16 µm (McIntyre et al. 2002, Table 1).</summary>
    public static Length MaximumDiameter { get; } = Length.FromMicrometres(MrgGeometry.MaximumDiameterUm);

    /// <inheritdoc/>
    public override Duration TimeStep { get; }

    /// <inheritdoc/>
    public override Duration Tail { get; }

    /// <inheritdoc/>
    public override Temperature Temperature { get; }

    /// <summary>Most nodes one fibre may have: 4,001 (the thinnest fibres of the default grid, 1.5 µm, 8 mm lateral and 1 mm
    /// deep under a tripole, need 1,135; a cap of 1,001 made such a surface throw).</summary>
    internal const int MaximumNodes = 4001;

    internal double LengthScale { get; private init; } = 1;

    internal MrgFibreModel WithLengthScale(double scale) => new(TimeStep, Tail, Temperature) { LengthScale = scale };

    /// <summary>Whether two models compute the same thresholds.</summary>
    /// <param name="other">The other model.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(MrgFibreModel? other) =>
        other is not null && TimeStep == other.TimeStep && Tail == other.Tail && Temperature.Equals(other.Temperature) && LengthScale == other.LengthScale;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MrgFibreModel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TimeStep, Tail, Temperature, LengthScale);

    internal override IFibreCable CreateCable(ElectrodeField field, double diameterUm, double xMm, double yMm, double nodeShiftMm, long dtNs)
    {
        var g = MrgGeometry.For(diameterUm);
        var layout = Layout(field, g.InternodeLengthUm * 1e-3, xMm, yMm, nodeShiftMm,
            LengthScale * Math.Max(12, 6 * field.DistanceToNearestLeadMm(xMm, yMm)), (int)Math.Ceiling(10 * LengthScale), MaximumNodes);
        var (nodes, before) = (layout.Nodes, layout.Before);
        var centre = field.CathodeCentroidZMm + nodeShiftMm;
        var z = g.CompartmentCentresMm(nodes, before, centre);
        var unit = new double[z.Length];
        var line = field.LineAt(xMm, yMm);
        for (var k = 0; k < z.Length; k++) unit[k] = line.At(z[k]);
        var ghostOffsetMm = (MrgGeometry.NodeLengthUm + MrgGeometry.MysaLengthUm) / 2 * 1e-3;
        return new MrgCable(g, nodes, unit, dtNs, Temperature.ToDegreesCelsius(), true, layout.MonitorLeft, layout.MonitorRight,
            line.At(z[0] - ghostOffsetMm), line.At(z[^1] + ghostOffsetMm));
    }
}
