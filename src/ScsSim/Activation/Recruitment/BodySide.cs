namespace ScsSim.Activation;

/// <summary>Left or right side of the body, for naming a painful region or a covered one (with a
/// <see cref="Dermatome"/>).</summary>
public enum BodySide
{
    /// <summary>The patient's left (negative x).</summary>
    Left,

    /// <summary>The patient's right (positive x).</summary>
    Right,
}
