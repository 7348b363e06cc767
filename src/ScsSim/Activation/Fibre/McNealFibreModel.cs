using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// The McNeal (1976) / Reilly SENN myelinated-fibre cable model, for exact single-fibre thresholds, firing windows and
/// strength-duration curves, and as a setup's fibre model (<see cref="StimulationSetup.WithFibreModel"/>): nodes of Ranvier
/// every L = 100·D along a straight fibre, Frankenhaeuser-Huxley kinetics at every node, driven by the extracellular
/// potential of an <see cref="ElectrodeField"/> at each node for the whole pulse shape (<see cref="PulseShape.CurrentAt"/>:
/// monophasic, biphasic, interphase gap, passive recharge, either polarity).
/// </summary>
/// <remarks>
/// <para>Sources: McNeal DR, IEEE Trans Biomed Eng 23:329 (1976); Reilly JP, Freeman VT, Larkin WD, IEEE Trans Biomed Eng
/// 32:1001 (1985) (SENN: active nodes throughout); Frankenhaeuser B, Huxley AF, J Physiol 171:302 (1964). Constants in
/// <see cref="MyelinatedFibreParameters"/> and in the kinetics (P_Na 8e-3, P_K 1.2e-3, P_p 0.54e-3 cm/s, g_L 30.3 mS/cm²,
/// rates as published for 20 °C, or Q10-scaled to another temperature (<see cref="Temperature"/>), the GHK factor at the
/// same temperature; resting potential −70 mV).</para>
/// <para>Numerics: node potentials by a backward-Euler cable (tridiagonal solve), gates by exponential Euler from 0.1-mV
/// tables, ionic currents explicit; time step <see cref="TimeStep"/> (default 2 µs, at most a tenth of the pulse width);
/// the current is sampled at each step's midpoint. The fibre spans the active contacts plus a margin of max(6 mm, 3 × the
/// distance from the nearest lead axis) on each side (at least 10 internodes), with a node under the cathode centre
/// (shifted by <see cref="StraightFibre.NodeShift"/>). Its ends are terminated by one more node on each side held at rest,
/// whose extracellular potential is the field there: every node, the end nodes included, is driven by the same second
/// difference of the field, so thresholds do not depend on where the fibre is cut (the sealed-end first difference made
/// anodic thresholds grow from 7.6 to 23 mA as the fibre was lengthened). A propagating action potential is one that
/// reaches 80 mV of depolarisation (+10 mV) at a monitor node two thirds of the margin beyond the active contacts (at
/// least 3 internodes), on either side. The run ends at the end of the stimulus plus <see cref="Tail"/>, or earlier once
/// every node has stayed below 5 mV of depolarisation for 100 µs after it. Thresholds: see <see cref="FibreModel"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class McNealFibreModel : FibreModel, IEquatable<McNealFibreModel>
{
    /// <summary>Creates the model.</summary>
    /// <param name="parameters">Fibre constants (default McNeal 1976).</param>
    /// <param name="timeStep">Integration step; 0.1 to 10 µs (default 2 µs).</param>
    /// <param name="tail">Simulated time after the end of the stimulus; 0.2 to 50 ms (default 10 ms: time for the slowest
    /// fibres' action potentials to reach the monitor nodes; a quiet cable ends a run sooner).</param>
    /// <param name="temperature">Temperature of the nodal kinetics, 5 to 42 °C (default <see cref="RateReferenceTemperature"/>,
    /// 20 °C: the rates exactly as Frankenhaeuser and Huxley published them; other values scale every rate by Q10 = 3 per
    /// 10 °C from 20 °C, an assumption — Frankenhaeuser and Moore, J Physiol 169:431, 1963, measured Q10s of about 2-3 for
    /// the nodal rate constants; the GHK factor uses the same temperature).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public McNealFibreModel(MyelinatedFibreParameters? parameters = null, Duration? timeStep = null, Duration? tail = null,
        Temperature? temperature = null)
    {
        Temperature = temperature ?? RateReferenceTemperature;
        Guard.InRange(Temperature.ToDegreesCelsius(), 5, 42, nameof(temperature), " °C");
        Parameters = parameters ?? MyelinatedFibreParameters.McNeal;
        TimeStep = timeStep ?? Duration.FromMicroseconds(2);
        Tail = tail ?? Duration.FromMilliseconds(10);
        Guard.InRange(TimeStep.ToNanoseconds(), 100, 10_000, nameof(timeStep), " ns");
        Guard.InRange(Tail.ToNanoseconds(), 200_000, 50_000_000, nameof(tail), " ns");
    }

    /// <summary>Multiplies the fibre's margin beyond the contacts (for the convergence tests: thresholds must not change
    /// when the fibre is made longer).</summary>
    internal double LengthScale { get; private init; } = 1;

    internal McNealFibreModel WithLengthScale(double scale) => new(Parameters, TimeStep, Tail, Temperature) { LengthScale = scale };

    /// <summary>20 °C: the temperature of Frankenhaeuser and Huxley's rate constants, where they are used unscaled (the
    /// Q10 reference; until this release the reference was McNeal's GHK temperature, 22.03 °C).</summary>
    public static Temperature RateReferenceTemperature { get; } = Temperature.FromKelvins(FrankenhaeuserHuxleyNode.RateReferenceTemperatureK);

    /// <inheritdoc/>
    public override Temperature Temperature { get; }

    internal double TemperatureK => Temperature.ToKelvins();

    /// <summary>The model with McNeal's constants and the default numerics.</summary>
    public static McNealFibreModel Default { get; } = new();

    /// <summary>Fibre constants.</summary>
    public MyelinatedFibreParameters Parameters { get; }

    /// <inheritdoc/>
    public override Duration TimeStep { get; }

    /// <inheritdoc/>
    public override Duration Tail { get; }

    /// <summary>Whether two models compute the same thresholds (same constants, numerics and temperature).</summary>
    /// <param name="other">The other model.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(McNealFibreModel? other) =>
        other is not null && Parameters == other.Parameters && TimeStep == other.TimeStep && Tail == other.Tail
        && Temperature.Equals(other.Temperature) && LengthScale == other.LengthScale;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as McNealFibreModel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Parameters, TimeStep, Tail, Temperature);

    internal override IFibreCable CreateCable(ElectrodeField field, double diameterUm, double xMm, double yMm, double nodeShiftMm, long dtNs)
    {
        var layout = LayoutFor(field, diameterUm, xMm, yMm, nodeShiftMm);
        var potentials = new double[layout.Nodes + 2]; // one resting terminal node beyond each end
        field.PotentialsAlongZ(xMm, yMm, layout.FirstNodeZMm - layout.InternodeMm, layout.InternodeMm, potentials);
        return new CableSimulation(potentials, diameterUm, Parameters, dtNs, TemperatureK, layout.MonitorLeft, layout.MonitorRight);
    }

    internal FibreModel.NodeLayout LayoutFor(ElectrodeField field, double diameterUm, double xMm, double yMm, double nodeShiftMm) =>
        Layout(field, diameterUm * Parameters.InternodeToFibreDiameterRatio * 1e-3, xMm, yMm, nodeShiftMm,
            LengthScale * Math.Max(6, 3 * field.DistanceToNearestLeadMm(xMm, yMm)), (int)Math.Ceiling(10 * LengthScale), 4001);
}
