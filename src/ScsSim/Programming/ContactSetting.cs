using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>One active contact of an <see cref="ElectrodeConfiguration"/>: which lead and contact, its role, and its
/// share of the current.</summary>
/// <param name="Lead">Index of the lead in <see cref="ElectrodeConfiguration.Leads"/>, from 0.</param>
/// <param name="Contact">Index of the contact on its lead, from 0.</param>
/// <param name="Role">Cathode or anode.</param>
/// <param name="FractionPercent">Share of the cathodic (or anodic) current, greater than 0 up to 100 %.</param>
/// <remarks>Immutable and thread-safe; checked by <see cref="ElectrodeConfiguration"/>.</remarks>
public sealed record ContactSetting(int Lead, int Contact, ContactRole Role, double FractionPercent);
