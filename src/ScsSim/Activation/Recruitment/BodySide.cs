namespace ScsSim.Activation;

/// <summary>Left or right side of the body: which side a fibre, a dermatome band or a painful region is on.</summary>
public enum BodySide
{
    /// <summary>The patient's left (negative x).</summary>
    Left,

    /// <summary>The patient's right (positive x).</summary>
    Right,
}
