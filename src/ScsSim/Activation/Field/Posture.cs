namespace ScsSim.Activation;

/// <summary>The patient's body position, which moves the cord within the dural sac and so changes the dorsal CSF layer
/// between the lead and the cord (<see cref="DorsalCsfThickness"/>).</summary>
public enum Posture
{
    /// <summary>Lying on the back: the reference posture of a placement's CSF thickness (the cord falls dorsally, towards the lead).</summary>
    Supine,
    /// <summary>Lying face down: the cord falls ventrally, away from the lead.</summary>
    Prone,
    /// <summary>Sitting upright.</summary>
    Sitting,
    /// <summary>Standing upright.</summary>
    Standing,
    /// <summary>Lying on one side.</summary>
    LyingOnSide,
}
