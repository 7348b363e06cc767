using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Reprogramming search: over contact configurations (bipolar, guarded tripolar, fractionalised) and amplitudes within
/// each configuration's usage range, find a setting that restores paresthesia coverage of the target dermatomes, or
/// report that none can (the case where the lead must be revised surgically).
/// </summary>
/// <remarks>
/// Each candidate is ranked on a coarse threshold surface (<see cref="ThresholdSurfaceGrid.CoarseFor"/>, within about
/// 6 % of the cable model), candidates in parallel; the best few are re-analysed on the default grid (within about 2 %)
/// and the first that still reaches the required coverage wins (fewest uncovered targets, then lowest amplitude).
/// Candidates whose cathodes lie outside the modelled T4-L1 range are skipped. Exhaustive over the candidate list, not
/// an optimiser over continuous fractions. With two leads the candidates steer the cathodic current between them.
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
    /// <param name="cancellationToken">Cancels the search (checked between candidates, at every grid point and every 1,024 cable time steps).</param>
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
        var candidates = options.Candidates ?? (leads.Count == 1 ? StandardCandidates(leads[0]) : StandardCandidates(leads[0], leads[1]));
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
