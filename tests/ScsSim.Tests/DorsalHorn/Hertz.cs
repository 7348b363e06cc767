using ScsSim.Quantities;

namespace ScsSim.Tests;

/// <summary>Short frequency literals for tests: <c>Hz(50)</c>.</summary>
internal static class Hertz
{
    public static Frequency Hz(double hertz) => Frequency.FromHertz(hertz);
}
