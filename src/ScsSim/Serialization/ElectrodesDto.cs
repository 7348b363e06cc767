using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

internal sealed class ElectrodesDto
{
    [JsonPropertyName("leads")] public required LeadDto[] Leads { get; init; }
    [JsonPropertyName("contacts")] public required ContactDto[] Contacts { get; init; }
    [JsonPropertyName("caseAnode_percent")] public double? CaseAnodePercent { get; init; }
}
