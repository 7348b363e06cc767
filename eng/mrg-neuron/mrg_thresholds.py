"""NEURON 8.2 reference for ScsSim's MRG axon: thresholds, convergence, conduction velocity and timing.

Double-cable MRG axon (McIntyre, Richardson & Grill 2002, Table 1 geometry; NEURON's extracellular mechanism for the
periaxonal layer), 37 degC, under a monopolar point source in an infinite homogeneous medium (0.2 S/m). Rules (mirrored
by the C# tests): N odd nodes with the middle node at z = 0 under the source; start at -80 mV with gates at their steady
state; cathodic monophasic pulse over steps 1..round(pw/dt); dt = min(5 us, pw/10); fixed-step backward Euler; run to
pw + 1.5 ms; an action potential = Vm >= 0 mV at the node 10 nodes from the middle; threshold search: 0.01 mA doubled
until firing, then bisection (upper bound reported). Writes CSV rows to stdout.
"""
import math, os, sys, time
from neuron import h

h.nrn_load_dll(os.path.join(os.path.dirname(os.path.abspath(__file__)), "build", "x86_64", "libnrnmech.so"))
h.celsius = 37
SIGMA = 0.2  # S/m

# Table 1 of MRG 2002: fibre D -> node diam, axon (FLUT/STIN) diam, FLUT length, internode length, lamellae (um, um, um, um, -)
TABLE = {5.7: (1.9, 3.4, 35, 500, 80), 7.3: (2.4, 4.6, 38, 750, 100), 8.7: (2.8, 5.8, 40, 1000, 110),
         10.0: (3.3, 6.9, 46, 1150, 120), 11.5: (3.7, 8.1, 50, 1250, 130), 12.8: (4.2, 9.2, 54, 1350, 135),
         14.0: (4.7, 10.4, 56, 1400, 140), 15.0: (5.0, 11.5, 58, 1450, 145), 16.0: (5.5, 12.7, 60, 1500, 150)}
RHOA = 0.7e6  # ohm um (70 ohm cm)


class Axon:
    def __init__(self, D, nodes):
        node_d, axon_d, flut_l, deltax, nl = TABLE[D]
        mysa_d, mysa_l, node_l = node_d, 3.0, 1.0
        stin_l = (deltax - node_l - 2 * mysa_l - 2 * flut_l) / 6
        def rpn(d, space):
            return (RHOA * 0.01) / (math.pi * ((d / 2 + space) ** 2 - (d / 2) ** 2))
        self.secs, self.z, self.node_secs = [], [], []
        z = -(nodes // 2) * deltax - node_l / 2
        def add(kind, L, d):
            nonlocal z
            s = h.Section()
            s.nseg, s.L = 1, L
            s.insert("extracellular")
            if kind == "node":
                s.diam, s.Ra, s.cm = d, RHOA / 10000, 2
                s.insert("scsmrg")
                s.xraxial[0], s.xg[0], s.xc[0] = rpn(node_d, 0.002), 1e10, 0
            else:
                s.diam = D
                s.Ra = RHOA * (1 / (d / D) ** 2) / 10000
                s.cm = 2 * d / D
                s.insert("pas")
                s.g_pas = (0.001 if kind == "mysa" else 0.0001) * d / D
                s.e_pas = -80
                s.xraxial[0] = rpn(d, 0.002 if kind == "mysa" else 0.004)
                s.xg[0], s.xc[0] = 0.001 / (nl * 2), 0.1 / (nl * 2)
            s.xg[1], s.xc[1] = 1e10, 0  # no second layer
            if self.secs:
                s.connect(self.secs[-1](1), 0)
            self.secs.append(s)
            self.z.append(z + L / 2)
            z += L
            return s
        for i in range(nodes):
            self.node_secs.append(add("node", node_l, node_d))
            if i == nodes - 1:
                break
            add("mysa", mysa_l, mysa_d); add("flut", flut_l, axon_d)
            for _ in range(6):
                add("stin", stin_l, axon_d)
            add("flut", flut_l, axon_d); add("mysa", mysa_l, mysa_d)
        self.mid = nodes // 2
        self.deltax = deltax

    def run(self, amp_ma, dist_mm, pw_us, dt_us, monitors=(10,), record_times=False):
        """True when Vm >= 0 mV at mid +- each monitor offset; optionally the crossing times per node offset."""
        h.dt, h.secondorder = dt_us * 1e-3, 0
        unit = [1e3 / (4 * math.pi * SIGMA * math.sqrt((dist_mm * 1e3) ** 2 + zz ** 2) * 1e-3) for zz in self.z]  # mV per mA
        h.finitialize(-80)
        steps, total = round(pw_us / dt_us), round((pw_us + 1500) / dt_us)
        watch = [self.node_secs[self.mid + o] for o in monitors] + [self.node_secs[self.mid - o] for o in monitors]
        times = {}
        for k in range(1, total + 1):
            e = -amp_ma if k <= steps else 0.0
            if k == 1 or k == steps + 1:
                for s, u in zip(self.secs, unit):
                    s.e_extracellular = e * u
            h.fadvance()
            for j, s in enumerate(watch):
                if s(0.5).v >= 0 and j not in times:
                    times[j] = h.t
                    if not record_times:
                        return True
        return times if record_times else False

    def threshold(self, dist_mm, pw_us, dt_us, rel=0.001):
        lo, hi, runs = 0.0, 0.01, 0
        while True:
            runs += 1
            if self.run(hi, dist_mm, pw_us, dt_us):
                break
            lo, hi = hi, hi * 2
        while hi - lo > rel * hi:
            mid = 0.5 * (lo + hi); runs += 1
            if self.run(mid, dist_mm, pw_us, dt_us):
                hi = mid
            else:
                lo = mid
        return hi, runs


def dt_for(pw):
    return min(5.0, pw / 10)


def row(kind, D, dist, pw, nodes, dt, value, cpu, tol, runs):
    print(f"{kind},{D},{dist},{pw},{nodes},{dt},{value:.6g},{cpu:.3f},{tol},{runs}", flush=True)


def timing_rows(repeats):
    # The searches speed.sh compares with ScsSim's (best of several repeats, process CPU time).
    for D in [5.7, 10.0, 16.0]:
        ax = Axon(D, 41)
        best, runs = float("inf"), 0
        for _ in range(repeats):
            t0 = time.process_time(); t, runs = ax.threshold(1.0, 100, 5.0, rel=0.01)
            best = min(best, time.process_time() - t0)
        row("timing_threshold_s", D, 1.0, 100, 41, 5.0, best, best, 0.01, runs)


def main():
    quick = "--quick" in sys.argv
    print("kind,diameter_um,distance_mm,pulse_width_us,nodes,dt_us,value,cpu_s,tolerance,runs")
    if "--timing" in sys.argv:
        timing_rows(3)
        return
    for D in ([10.0] if quick else [5.7, 10.0, 16.0]):
        ax = Axon(D, 41)
        for dist in ([1.0] if quick else [1.0, 3.0]):
            for pw in [30, 100, 300, 1000]:
                t0 = time.process_time(); t, runs = ax.threshold(dist, pw, dt_for(pw))
                row("threshold_ma", D, dist, pw, 41, dt_for(pw), t, time.process_time() - t0, 0.001, runs)
    for nodes in ([21, 41] if quick else [21, 41, 81]):
        ax = Axon(10.0, nodes)
        for dt in [5.0, 1.0]:
            t0 = time.process_time(); t, runs = ax.threshold(1.0, 100, dt)
            row("convergence_threshold_ma", 10.0, 1.0, 100, nodes, dt, t, time.process_time() - t0, 0.001, runs)
    for D in ([10.0] if quick else sorted(TABLE)):
        ax = Axon(D, 41)
        t, _ = ax.threshold(1.0, 100, 5.0, rel=0.01)
        for dt in [5.0, 1.0]:
            times = ax.run(2 * t, 1.0, 100, dt, monitors=(5, 15), record_times=True)
            # watch order: mid+5, mid+15, mid-5, mid-15
            cv = [10 * ax.deltax * 1e-3 / (times[b] - times[a]) for a, b in ((0, 1), (2, 3))]  # mm/ms = m/s
            row("conduction_velocity_m_s", D, 1.0, 100, 41, dt, sum(cv) / 2, 0, 0, 1)
    for D in [5.7, 10.0, 16.0]:
        ax = Axon(D, 41)
        t0 = time.process_time(); t, runs = ax.threshold(1.0, 100, 5.0, rel=0.01)
        row("timing_threshold_s", D, 1.0, 100, 41, 5.0, time.process_time() - t0, time.process_time() - t0, 0.01, runs)


if __name__ == "__main__":
    main()
