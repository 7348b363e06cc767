namespace ScsSim.Activation;

/// <summary>How a contact is represented as a current source.</summary>
public enum ContactSourceModel
{
    /// <summary>A point source at the contact centre.</summary>
    Point,

    /// <summary>
    /// A line source along the lead axis over the contact length, discretised into equal point sources (the current of a
    /// ring contact is spread along its length; its ring shape matters only within about one lead radius).
    /// </summary>
    Line,
}
