using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>
/// Several programs interleaved on different contact groups (area-specific programming). The pulse generator has one
/// output stage, so the pulses (with their recharge phases) of different areas must never overlap in time: this is
/// proved exactly when the set is created, for all time, not only for a simulated window.
/// </summary>
/// <remarks>
/// A cycling area is treated as if it were always on (its inner program's timing), which is conservative.
/// The proof works on exact rationals (periods 1e12 / f[mHz] ns), so it cannot overflow for any accepted program.
/// Immutable and thread-safe.
/// </remarks>
public sealed record ProgramSet
{
    /// <summary>Creates a program set and proves that no two areas ever pulse at the same time.</summary>
    /// <param name="areas">One to 16 areas.</param>
    /// <exception cref="ArgumentNullException">The list or an area is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">There are no areas or more than 16, or an offset is outside 0 to 1,000,000 s.</exception>
    /// <exception cref="ArgumentException">Two areas overlap in time; the message says which and where.</exception>
    public ProgramSet(IEnumerable<AreaProgram> areas)
    {
        Areas = Guard.NotNull(areas, nameof(areas)).Select(a => Guard.NotNull(a, nameof(areas))).ToArray();
        Guard.InRange(Areas.Count, 1, 16, "areas.Count");
        for (var i = 0; i < Areas.Count; i++)
        {
            Guard.NotNull(Areas[i].Program, $"areas[{i}].Program");
            Guard.NotNull(Areas[i].Electrodes, $"areas[{i}].Electrodes");
            Guard.InRange(Areas[i].Offset, Duration.Zero, Limits.MaxCycle, $"areas[{i}].Offset");
        }
        for (var i = 0; i < Areas.Count; i++)
        for (var j = i + 1; j < Areas.Count; j++)
        {
            if (TimingPattern.Overlaps(Areas[i].Program.Timing, Areas[i].Offset, Areas[j].Program.Timing, Areas[j].Offset, out var detail))
                throw new ArgumentException(
                    $"areas[{i}] ({Areas[i].Program.Family}) and areas[{j}] ({Areas[j].Program.Family}) pulse at the same time: {detail}. " +
                    "Change an offset or a frequency so the pulses interleave.", nameof(areas));
        }
    }

    /// <summary>The areas, in order.</summary>
    public IReadOnlyList<AreaProgram> Areas { get; }

    /// <summary>Value equality over the areas, in order.</summary>
    /// <param name="other">Another set.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(ProgramSet? other) => other is not null && Areas.SequenceEqual(other.Areas);

    /// <inheritdoc/>
    public override int GetHashCode() => RecordMembers.HashSequence(Areas);

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Areas), RecordMembers.Format(Areas)));
}
