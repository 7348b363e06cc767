namespace ScsSim.Programming;

/// <summary>Which kind of lead a <see cref="Lead"/> is: a cylinder with ring contacts, or a flat surgical paddle.</summary>
public enum LeadKind
{
    /// <summary>A percutaneous lead: a cylinder with ring contacts in one column.</summary>
    Percutaneous,

    /// <summary>A surgical paddle: flat contacts in columns on one face of an insulating backing that faces the dura.</summary>
    Paddle,
}
