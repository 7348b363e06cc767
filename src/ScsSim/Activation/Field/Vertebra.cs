namespace ScsSim.Activation;

/// <summary>Where a <see cref="LeadPlacement"/> puts a lead: the vertebrae over which a lead may lie, rostral to
/// caudal.</summary>
public enum Vertebra
{
    /// <summary>6th thoracic vertebra.</summary>
    T6 = 6,
    /// <summary>7th thoracic vertebra.</summary>
    T7,
    /// <summary>8th thoracic vertebra.</summary>
    T8,
    /// <summary>9th thoracic vertebra.</summary>
    T9,
    /// <summary>10th thoracic vertebra.</summary>
    T10,
    /// <summary>11th thoracic vertebra.</summary>
    T11,
    /// <summary>12th thoracic vertebra.</summary>
    T12,
    /// <summary>1st lumbar vertebra (the conus lies here in most adults).</summary>
    L1,
}
