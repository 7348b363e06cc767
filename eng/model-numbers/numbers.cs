// The activation model's published numbers (MODEL.md, README): single-fibre thresholds, chronaxies and, over population
// seeds 1-20, perception, discomfort, strength-duration and the depth of recruited dorsal-column fibres, for the
// isotropic and the anisotropic cord. Run from the repository root: dotnet run eng/model-numbers/numbers.cs -c Release
// [single|seeds|leads|postures] (about 5 minutes on 2 cores for all).
#:project ../../src/ScsSim/ScsSim.csproj
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

static double T(double[] v) => 2.093 * Stat.Sd(v) / Math.Sqrt(v.Length);
var lead = Lead.Percutaneous8;
var pulse300 = new PulseShape(Current.FromMilliamperes(1), Duration.FromMicroseconds(300));
PulseShape Mono(double us, Polarity p) => new(Current.Zero, Duration.FromMicroseconds(us), Recharge.None, polarity: p);
var fibre10 = new StraightFibre(Length.FromMicrometres(10), Length.Zero, Length.FromMillimetres(0.1));
var what = args.Length > 0 ? args[0] : "all";
var media = new (string Name, ConductiveMedium M)[] { ("iso", LayeredDorsalCsfMedium.WithIsotropicCord()), ("aniso", ConductiveMedium.LayeredDefault) };
if (what is "all" or "single")
foreach (var (name, medium) in media)
{
    ElectrodeField Mono3(double h) => new(ElectrodeConfiguration.Monopolar(lead, 3), [LeadPlacement.MidlineT8.WithCsfThickness(Length.FromMillimetres(h))], medium);
    var csf = new[] { 1.0, 2, 3, 4, 6 }.Select(h => McNealFibreModel.Default.Threshold(Mono3(h), fibre10, pulse300)!.Value.ToMilliamperes()).ToArray();
    Console.WriteLine($"{name} 10um monopole 300us by CSF 1/2/3/4/6: {string.Join(" / ", csf.Select(v => v.ToString("F2")))}");
    var f = Mono3(3);
    Console.WriteLine($"{name} monophasic cathodic {McNealFibreModel.Default.Threshold(f, fibre10, Mono(300, Polarity.CathodicFirst))!.Value.ToMilliamperes():F3} anodic {McNealFibreModel.Default.Threshold(f, fibre10, Mono(300, Polarity.AnodicFirst))!.Value.ToMilliamperes():F3}");
    foreach (var d in new[] { 6.0, 10, 16 })
    {
        var fib = new StraightFibre(Length.FromMicrometres(d), Length.Zero, Length.FromMillimetres(0.1));
        var pts = new[] { 30.0, 60, 100, 200, 300, 500, 1000 }.Select(w => (Duration.FromMicroseconds(w), McNealFibreModel.Default.Threshold(f, fib, pulse300.WithPulseWidth(Duration.FromMicroseconds(w)))!.Value)).ToArray();
        var fit = WeissLaw.Fit(pts);
        Console.WriteLine($"{name} {d} um Weiss chronaxie {fit.Chronaxie.ToMicroseconds():F0} us rheobase {fit.Rheobase.ToMilliamperes():F2}");
    }
}
if (what is "all" or "seeds")
foreach (var model in new FibreModel[] { McNealFibreModel.Default, MrgFibreModel.Default })
foreach (var (name, medium) in media)
{
    var widths = new[] { 60.0, 120, 210, 300, 450, 600, 1000 }.Select(Duration.FromMicroseconds).ToArray();
    var baseSetup = new StimulationSetup(ElectrodeConfiguration.GuardedTripolar(lead, 3), LeadPlacement.MidlineT8, pulse300).WithMedium(medium).WithFibreModel(model);
    var g0 = baseSetup.Grid;
    var sdSurface = baseSetup.WithGrid(new ThresholdSurfaceGrid(g0.Diameters, g0.Depths, g0.LateralDistances, widths)).Surface();
    var P = new List<double>(); var D = new List<double>(); var R = new List<double>(); var Rh = new List<double>(); var Ch = new List<double>();
    var deepP = new List<double>(); var deepD = new List<double>(); var nD = new List<double>(); var maxD = new List<double>(); var medD = new List<double>();
    for (ulong seed = 1; seed <= 20; seed++)
    {
        var s = baseSetup.WithPopulation(seed);
        var r = s.Recruitment();
        var p = r.PerceptionThreshold!.Value; var d = r.DiscomfortThreshold!.Value;
        P.Add(p.ToMilliamperes()); D.Add(d.ToMilliamperes()); R.Add(d / p);
        var dp = r.DorsalColumnDepthsAt(p); var dd = r.DorsalColumnDepthsAt(d);
        deepP.Add(dp.DeeperThan(Length.FromMillimetres(0.25)) / (double)dp.Recruited);
        deepD.Add(dd.DeeperThan(Length.FromMillimetres(0.25)) / (double)dd.Recruited);
        nD.Add(dd.Recruited); maxD.Add(dd.Deepest!.Value.ToMillimetres()); medD.Add(dd.Median!.Value.ToMillimetres());
        var pts = widths.Select(w => (w, RecruitmentAnalysis.FromSurface(s.Population, sdSurface, pulseWidth: w).PerceptionThreshold!.Value)).ToArray();
        var fit = WeissLaw.Fit(pts);
        Rh.Add(fit.Rheobase.ToMilliamperes()); Ch.Add(fit.Chronaxie.ToMicroseconds());
    }
    string M(List<double> v, string f) => $"{v.Average().ToString(f)} ± {T(v.ToArray()).ToString(f)} ({v.Min().ToString(f)}-{v.Max().ToString(f)})";
    Console.WriteLine($"{model.GetType().Name[..4]} {name}: perception {M(P, "F2")} mA; discomfort {M(D, "F2")} mA; ratio {M(R, "F2")}; S-D rheobase {M(Rh, "F2")} mA chronaxie {M(Ch, "F0")} us");
    Console.WriteLine($"   depth: share deeper than 0.25 mm at perception {M(deepP, "F2")}, at discomfort {M(deepD, "F2")}; recruited at discomfort {M(nD, "F0")}; median depth {M(medD, "F3")} mm; deepest {M(maxD, "F2")} mm");
}
if (what is "all" or "leads")
foreach (var (label, electrodes) in new (string, ElectrodeConfiguration)[] {
    ("percutaneous tripole", ElectrodeConfiguration.GuardedTripolar(lead, 3)),
    ("Paddle16 middle-column tripole", ElectrodeConfiguration.GuardedTripolar(Lead.Paddle16, 7)),
    ("Paddle32 middle-column tripole", ElectrodeConfiguration.GuardedTripolar(Lead.Paddle32, 15)) })
{
    var P = new List<double>(); var D = new List<double>(); var R = new List<double>(); var deep = new List<double>();
    var setup = new StimulationSetup(electrodes, LeadPlacement.MidlineT8, pulse300);
    for (ulong seed = 1; seed <= 20; seed++)
    {
        var r = setup.WithPopulation(seed).Recruitment();
        P.Add(r.PerceptionThreshold!.Value.ToMilliamperes()); D.Add(r.DiscomfortThreshold!.Value.ToMilliamperes()); R.Add(D[^1] / P[^1]);
        var dd = r.DorsalColumnDepthsAt(r.DiscomfortThreshold!.Value);
        deep.Add(dd.DeeperThan(Length.FromMillimetres(0.25)) / (double)dd.Recruited);
    }
    string M(List<double> v, string f) => $"{v.Average().ToString(f)} ± {T(v.ToArray()).ToString(f)} ({v.Min().ToString(f)}-{v.Max().ToString(f)})";
    Console.WriteLine($"{label}: perception {M(P, "F2")} mA, discomfort {M(D, "F2")} mA, usage range {M(R, "F2")}; deeper than 0.25 mm at discomfort {M(deep, "F2")}");
}
if (what is "all" or "postures")
foreach (var placement in new[] { LeadPlacement.MidlineT8, new LeadPlacement(Vertebra.T11, Length.Zero, DorsalCsfThickness.TypicalSupine(Vertebra.T11)) })
foreach (var posture in new[] { Posture.Supine, Posture.Standing, Posture.Prone })
{
    var P = new List<double>(); var D = new List<double>(); var R = new List<double>();
    var setup = new StimulationSetup(ElectrodeConfiguration.GuardedTripolar(lead, 3), placement.InPosture(posture), pulse300);
    for (ulong seed = 1; seed <= 20; seed++)
    {
        var r = setup.WithPopulation(seed).Recruitment();
        P.Add(r.PerceptionThreshold!.Value.ToMilliamperes()); D.Add(r.DiscomfortThreshold!.Value.ToMilliamperes()); R.Add(D[^1] / P[^1]);
    }
    string M(List<double> v, string f) => $"{v.Average().ToString(f)} ± {T(v.ToArray()).ToString(f)}";
    Console.WriteLine($"{placement.Vertebra} {posture} (CSF {placement.InPosture(posture).CsfThickness}): perception {M(P, "F2")} mA, discomfort {M(D, "F2")} mA, usage range {M(R, "F2")}");
}
static class Stat { public static double Sd(double[] v) { var m = v.Average(); return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Length - 1)); } }
