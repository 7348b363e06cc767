namespace ScsSim.Activation;

/// <summary>How an <see cref="ElectrodeField"/> represents each contact as a current source (a point, or a line along
/// the contact), a choice between speed and accuracy near the lead.</summary>
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
