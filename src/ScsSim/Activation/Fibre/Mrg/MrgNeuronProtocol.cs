namespace ScsSim.Activation;

/// <summary>
/// The protocol of the NEURON cross-check (eng/mrg-neuron/mrg_thresholds.py), run on ScsSim's MRG cable: a point source
/// in 0.2 S/m (397.887 mV·mm per mA), the middle node under it, sealed ends, start at −80 mV, a cathodic monophasic pulse
/// over steps 1..round(pw/dt), run to pw + 1.5 ms, an action potential when a node ten internodes either side of the
/// middle reaches 0 mV, the threshold by doubling from 0.01 mA then bisection (the upper bound reported). Used by the
/// reference tests and by the speed comparison with NEURON (benchmarks program, <c>mrg-neuron-speed</c>).
/// </summary>
internal static class MrgNeuronProtocol
{
    /// <summary>The cable of one fibre under the point source.</summary>
    public static MrgCable Cable(double diameterUm, double distanceMm, int nodes, double dtUs, int monitorOffset = 10)
    {
        var g = MrgGeometry.For(diameterUm);
        var z = g.CompartmentCentresMm(nodes, nodes / 2, 0);
        var unit = z.Select(zz => 397.887 / Math.Sqrt(distanceMm * distanceMm + zz * zz)).ToArray();
        return new MrgCable(g, nodes, unit, (long)Math.Round(dtUs * 1000), 37, false, nodes / 2 - monitorOffset, nodes / 2 + monitorOffset);
    }

    /// <summary>The monophasic cathodic pulse per mA, sampled at dt, and its length in steps.</summary>
    public static (double[] Waveform, int StimulusSteps) Pulse(double pulseWidthUs, double dtUs)
    {
        var steps = (int)Math.Round(pulseWidthUs / dtUs);
        var total = (int)Math.Round((pulseWidthUs + 1500) / dtUs);
        var w = new double[total];
        for (var k = 0; k < steps; k++) w[k] = -1;
        return (w, steps);
    }

    /// <summary>NEURON's search: doubling from 0.01 mA, then bisection until the bracket is within <paramref name="relative"/>.</summary>
    public static double Threshold(MrgCable cable, double pulseWidthUs, double dtUs, double relative, out int runs)
    {
        var (w, steps) = Pulse(pulseWidthUs, dtUs);
        var count = 0;
        bool Fires(double a) { count++; return cable.CountPropagated(w, steps, a, 1, null, CancellationToken.None) > 0; }
        double lo = 0, hi = 0.01;
        while (!Fires(hi)) { lo = hi; hi *= 2; }
        while (hi - lo > relative * hi)
        {
            var mid = 0.5 * (lo + hi);
            if (Fires(mid)) hi = mid; else lo = mid;
        }
        runs = count;
        return hi;
    }
}
