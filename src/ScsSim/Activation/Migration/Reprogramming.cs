using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Reprogramming search: over contact configurations and amplitudes within each configuration's usage range, find the
/// setting that covers the most of the target dermatomes without reaching discomfort (no dorsal-root or dorsal-column
/// discomfort below the chosen amplitude) and, among those, needs the least current (so the least energy at the same
/// pulse); or report that none reaches the required coverage (the case where the lead must be revised surgically).
/// </summary>
/// <remarks>
/// <para>By default the search is an optimiser over continuous current fractions (<c>SteeringSpace</c>): a virtual
/// guarded tripole moved along the lead(s) and, with two leads or a paddle's columns, across them, its field made by
/// superposing the nearest contacts' tripoles. Deterministic: a scan of the steering space at half a contact pitch along
/// and half a column across, then a compass (pattern) search from the best point with steps of a quarter pitch and a
/// quarter column, halved twice; every point ranked on a coarse threshold surface
/// (<see cref="ThresholdSurfaceGrid.CoarseFor"/>, within about 6 % of the cable model). The best few and the setup's
/// own setting (its configuration at its programmed amplitude) are then re-analysed on the default grid (within about 2 %)
/// and the best of those wins (most targets covered, then lowest amplitude). So the verdict is never "revise the lead"
/// while the present setting still covers the targets. With explicit candidates
/// (<see cref="ReprogrammingOptions.Candidates"/>) the search is exhaustive over them instead, as before.</para>
/// <para>Candidates whose cathodes lie outside the modelled T4-L1 range are skipped. Energy is compared through the
/// amplitude: at the same pulse shape, rate and load the energy per pulse grows with its square.</para>
/// </remarks>
public static class Reprogramming
{
    /// <summary>
    /// The standard candidates on one lead: every adjacent bipole in both orientations, every guarded tripole, and two
    /// adjacent cathodes sharing the current 30/70, 50/50 and 70/30 between flanking anodes (50/50).
    /// </summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The candidates.</returns>
    /// <exception cref="ArgumentNullException">The lead is null.</exception>
    public static IReadOnlyList<ElectrodeConfiguration> StandardCandidates(Lead lead)
    {
        Guard.NotNull(lead, nameof(lead));
        var list = new List<ElectrodeConfiguration>();
        for (var c = 0; c < lead.ContactCount - 1; c++)
        {
            list.Add(ElectrodeConfiguration.Bipolar(lead, c, c + 1));
            list.Add(ElectrodeConfiguration.Bipolar(lead, c + 1, c));
        }
        for (var c = 1; c < lead.ContactCount - 1; c++) list.Add(ElectrodeConfiguration.GuardedTripolar(lead, c));
        for (var c = 1; c < lead.ContactCount - 2; c++)
            foreach (var share in new[] { 30.0, 50, 70 })
                list.Add(new ElectrodeConfiguration([lead], [
                    new ContactSetting(0, c - 1, ContactRole.Anode, 50),
                    new ContactSetting(0, c, ContactRole.Cathode, share),
                    new ContactSetting(0, c + 1, ContactRole.Cathode, 100 - share),
                    new ContactSetting(0, c + 2, ContactRole.Anode, 50)]));
        return list;
    }

    private sealed record Evaluation(ElectrodeConfiguration Configuration, RecruitmentAnalysis Analysis, Current? Amplitude, double Coverage);

    /// <summary>
    /// Standard candidates on two parallel leads: on every interior contact row, a guarded tripole on each lead with the
    /// cathodic current split between the leads 100/0, 70/30, 50/50, 30/70 and 0/100 (each lead's anodes carry its share),
    /// which steers the field across the midline.
    /// </summary>
    /// <param name="first">Lead 0.</param>
    /// <param name="second">Lead 1 (the same contact count is assumed for the rows; extra contacts are not used).</param>
    /// <returns>The candidates.</returns>
    /// <exception cref="ArgumentNullException">A lead is null.</exception>
    public static IReadOnlyList<ElectrodeConfiguration> StandardCandidates(Lead first, Lead second)
    {
        Guard.NotNull(first, nameof(first));
        Guard.NotNull(second, nameof(second));
        var rows = Math.Min(first.ContactCount, second.ContactCount);
        var list = new List<ElectrodeConfiguration>();
        for (var c = 1; c < rows - 1; c++)
            foreach (var share in new[] { 100.0, 70, 50, 30, 0 })
            {
                var contacts = new List<ContactSetting>();
                foreach (var (lead, part) in new[] { (0, share), (1, 100 - share) })
                {
                    if (part <= 0) continue;
                    contacts.Add(new ContactSetting(lead, c - 1, ContactRole.Anode, part / 2));
                    contacts.Add(new ContactSetting(lead, c, ContactRole.Cathode, part));
                    contacts.Add(new ContactSetting(lead, c + 1, ContactRole.Anode, part / 2));
                }
                list.Add(new ElectrodeConfiguration([first, second], contacts));
            }
        return list;
    }

    /// <summary>Searches over configurations on the setup's lead(s) (default candidates: <see cref="StandardCandidates(Lead)"/>
    /// for one lead, <see cref="StandardCandidates(Lead, Lead)"/> for two), keeping its pulse shape, medium, fibre model and
    /// criteria.</summary>
    /// <param name="setup">The setup as it is now (for example after a migration): the fibres, the implanted lead(s) and where
    /// they lie, the pulse shape to keep (its amplitude is ignored: the search chooses it).</param>
    /// <param name="targets">The painful regions; at least one.</param>
    /// <param name="options">Settings (default <see cref="ReprogrammingOptions.Default"/>).</param>
    /// <param name="cancellationToken">Cancels the search (checked between candidates, at every grid point and every 1,024 cable
    /// time steps). Cancel from a thread of your own (or the UI thread): the search's parallel loops keep the thread pool
    /// busy, so a <see cref="CancellationTokenSource"/> timer, whose callback needs a pool thread, can fire late (measured:
    /// a 300 ms timer fired only when a 3.4 s search had finished; cancelled from a thread, the search stopped within 20 ms).</param>
    /// <returns>The best setting, or the statement that none restores coverage.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">No targets, candidates not matching the leads, or the population outside the grids.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ReprogrammingResult Search(StimulationSetup setup, IEnumerable<BodyRegion> targets, ReprogrammingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(setup, nameof(setup));
        options ??= ReprogrammingOptions.Default;
        var t = Guard.NotNull(targets, nameof(targets)).Distinct().ToArray();
        if (t.Length == 0) throw new ArgumentException("targets must list at least one region.", nameof(targets));
        var leads = setup.Electrodes.Leads;
        if (options.Candidates is null) return SteeringSearch(setup, t, options, cancellationToken);
        var candidates = options.Candidates;
        foreach (var c in candidates)
            if (c.Leads.Count != leads.Count)
                throw new ArgumentException($"Candidate {c} uses {c.Leads.Count} lead(s); the setup has {leads.Count}.", "options");
        var coarseSetup = setup.WithGrid(ThresholdSurfaceGrid.CoarseFor(setup.Pulse.PulseWidth));
        var coarse = new Evaluation?[candidates.Count];
        try
        {
            var parallel = new ParallelOptions { CancellationToken = cancellationToken };
            Parallel.For(0, candidates.Count, parallel, i => coarse[i] = Evaluate(coarseSetup.WithElectrodes(candidates[i]), t, options, cancellationToken));
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        var ranked = coarse.OfType<Evaluation>().Where(e => e.Amplitude is not null)
            .OrderByDescending(e => e.Coverage).ThenBy(e => e.Amplitude!.Value.ToMilliamperes()).ToArray();
        var evaluated = coarse.Count(e => e is not null);
        if (evaluated == 0)
            return new ReprogrammingResult(false, null, null, 0, null, 0,
                "No candidate has its cathodes within the modelled spinal range (T4 to L1 vertebrae); no setting was evaluated.");
        if (ranked.Length == 0)
            return new ReprogrammingResult(false, null, null, 0, null, evaluated,
                "No candidate configuration has a usage range (discomfort comes before perception everywhere): no setting can restore coverage; consider lead revision.");
        Evaluation? best = null;
        foreach (var candidate in ranked.Take(options.VerifiedCandidates))
        {
            var fine = Evaluate(setup.WithElectrodes(candidate.Configuration), t, options, cancellationToken);
            if (fine?.Amplitude is null) continue;
            if (best is null || fine.Coverage > best.Coverage) best = fine;
            if (fine.Coverage >= options.RequiredCoverage) break;
        }
        best ??= ranked[0];
        var restored = best.Coverage >= options.RequiredCoverage;
        var explanation = restored
            ? $"{best.Configuration} at {best.Amplitude} covers {best.Coverage:P0} of the painful regions within its usage range ({best.Analysis.UsageRange!.Perception} to {best.Analysis.UsageRange.Discomfort})."
            : $"No setting of the {evaluated} candidates covers {options.RequiredCoverage:P0} of the painful regions within its usage range (best: {best.Configuration} at {best.Amplitude}, {best.Coverage:P0}); reprogramming cannot restore coverage — consider lead revision.";
        return new ReprogrammingResult(restored, best.Configuration, best.Amplitude, best.Coverage, best.Analysis.UsageRange, evaluated, explanation);
    }

    // Lexicographic: more coverage, then a lower amplitude (less energy at the same pulse).
    private static bool Better(Evaluation? a, Evaluation? b) =>
        a?.Amplitude is { } ia && (b?.Amplitude is not { } ib || a.Coverage > b.Coverage + 1e-9
            || (Math.Abs(a.Coverage - b.Coverage) <= 1e-9 && ia < ib));

    private static ReprogrammingResult SteeringSearch(StimulationSetup setup, BodyRegion[] targets, ReprogrammingOptions options, CancellationToken cancellationToken)
    {
        var space = new SteeringSpace(setup.Field);
        var coarseSetup = setup.WithGrid(ThresholdSurfaceGrid.CoarseFor(setup.Pulse.PulseWidth));
        var seen = new Dictionary<ElectrodeConfiguration, Evaluation?>();
        Evaluation? Coarse(ElectrodeConfiguration c)
        {
            if (!seen.TryGetValue(c, out var e)) seen[c] = e = Evaluate(coarseSetup.WithElectrodes(c), targets, options, cancellationToken);
            return e;
        }
        var best = (Evaluation: (Evaluation?)null, Z: 0.0, Column: 0.0);
        if (!space.IsEmpty)
        {
            // The scan: every half pitch along, every half column across; points analysed in parallel.
            var points = new List<(double Z, double Column)>();
            for (var z = space.MinimumZMm; z <= space.MaximumZMm + 1e-9; z += space.PitchMm / 2)
                for (var col = 0.0; col <= space.Columns - 1 + 1e-9; col += 0.5) points.Add((z, col));
            var configurations = points.Select(p => space.At(p.Z, p.Column)).ToArray();
            var scanned = new Evaluation?[points.Count];
            try
            {
                Parallel.For(0, points.Count, new ParallelOptions { CancellationToken = cancellationToken },
                    i => scanned[i] = Evaluate(coarseSetup.WithElectrodes(configurations[i]), targets, options, cancellationToken));
            }
            catch (AggregateException e)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                throw;
            }
            for (var i = 0; i < points.Count; i++)
            {
                seen.TryAdd(configurations[i], scanned[i]);
                if (Better(scanned[i], best.Evaluation)) best = (scanned[i], points[i].Z, points[i].Column);
            }
            // The compass search from the best scanned point.
            if (best.Evaluation is not null)
            {
                var (dz, dc) = (space.PitchMm / 4, space.Columns > 1 ? 0.25 : 0);
                for (var level = 0; level < 3; level++, dz /= 2, dc /= 2)
                {
                    var moved = true;
                    while (moved)
                    {
                        moved = false;
                        foreach (var (z, col) in new[] { (best.Z + dz, best.Column), (best.Z - dz, best.Column), (best.Z, best.Column + dc), (best.Z, best.Column - dc) })
                        {
                            if (z < space.MinimumZMm - 1e-9 || z > space.MaximumZMm + 1e-9 || col < -1e-9 || col > space.Columns - 1 + 1e-9) continue;
                            var e = Coarse(space.At(z, col));
                            if (Better(e, best.Evaluation)) { best = (e, z, col); moved = true; }
                        }
                    }
                }
            }
        }
        var evaluated = seen.Count(kv => kv.Value is not null);
        // The present setting, on the default grid, at its programmed amplitude as well as at its own best.
        var present = Evaluate(setup, targets, options, cancellationToken);
        if (present is { Analysis.UsageRange: { } presentRange } && presentRange.Contains(setup.Pulse.Amplitude))
        {
            var programmedCoverage = present.Analysis.CoverageAt(setup.Pulse.Amplitude).CoverageOf(targets);
            if (programmedCoverage > present.Coverage + 1e-9) present = present with { Amplitude = setup.Pulse.Amplitude, Coverage = programmedCoverage };
        }
        if (present is not null) evaluated++;
        var finalists = seen.Values.OfType<Evaluation>().Where(e => e.Amplitude is not null)
            .OrderByDescending(e => e.Coverage).ThenBy(e => e.Amplitude!.Value.ToMilliamperes()).Take(options.VerifiedCandidates)
            .Select(e => Evaluate(setup.WithElectrodes(e.Configuration), targets, options, cancellationToken)).Append(present).ToArray();
        Evaluation? winner = null;
        foreach (var f in finalists) if (Better(f, winner)) winner = f;
        if (evaluated == 0)
            return new ReprogrammingResult(false, null, null, 0, null, 0,
                "No candidate has its cathodes within the modelled spinal range (T4 to L1 vertebrae); no setting was evaluated.");
        if (winner is null)
            return new ReprogrammingResult(false, null, null, 0, null, evaluated,
                "No configuration has a usage range (discomfort comes before perception everywhere): no setting can restore coverage; consider lead revision.");
        var restored = winner.Coverage >= options.RequiredCoverage;
        var kept = winner == present && winner.Configuration.Equals(setup.Electrodes);
        var explanation = !restored
            ? $"No setting within reach of the lead(s) ({evaluated} analysed) covers {options.RequiredCoverage:P0} of the painful regions within its usage range (best: {winner.Configuration} at {winner.Amplitude}, {winner.Coverage:P0}); reprogramming cannot restore coverage — consider lead revision."
            : kept
                ? $"The present setting, {winner.Configuration} at {winner.Amplitude}, still covers {winner.Coverage:P0} of the painful regions within its usage range ({winner.Analysis.UsageRange!.Perception} to {winner.Analysis.UsageRange.Discomfort}); no reprogramming is needed."
                : $"{winner.Configuration} at {winner.Amplitude} covers {winner.Coverage:P0} of the painful regions within its usage range ({winner.Analysis.UsageRange!.Perception} to {winner.Analysis.UsageRange.Discomfort}).";
        return new ReprogrammingResult(restored, winner.Configuration, winner.Amplitude, winner.Coverage, winner.Analysis.UsageRange, evaluated, explanation);
    }

    private static Evaluation? Evaluate(StimulationSetup candidate, BodyRegion[] targets, ReprogrammingOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            RecruitmentAnalysis.SegmentAtCathodes(candidate.Field);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // cathodes outside the modelled spinal range: skipped
        }
        var configuration = candidate.Electrodes;
        var analysis = candidate.Recruitment(cancellationToken: cancellationToken);
        if (analysis.UsageRange is not { } range) return new Evaluation(configuration, analysis, null, 0);
        Current? bestAmplitude = null; var bestCoverage = -1.0;
        for (var k = 0; k < options.AmplitudeSteps; k++)
        {
            // From perception up to (not including) discomfort.
            var amplitude = range.Perception + (range.Discomfort - range.Perception) * (k / (double)options.AmplitudeSteps);
            var coverage = analysis.CoverageAt(amplitude).CoverageOf(targets);
            if (coverage > bestCoverage) { bestCoverage = coverage; bestAmplitude = amplitude; }
        }
        return new Evaluation(configuration, analysis, bestAmplitude, bestCoverage);
    }
}
