namespace ScsSim.Serialization;

/// <summary>The allowed name closest to a misspelt one, by edit distance ignoring case, when it is close enough to be a typo.</summary>
internal static class NearestName
{
    public static string? Find(string given, IReadOnlyList<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in allowed)
        {
            var d = Distance(given.ToUpperInvariant(), name.ToUpperInvariant());
            if (d < bestDistance)
            {
                best = name;
                bestDistance = d;
            }
        }
        // Same letters in another case, or a few edits in a longer name: a typo. Otherwise list the names instead of guessing.
        var tolerance = Math.Max(1, Math.Min(given.Length, best?.Length ?? 0) / 3);
        return best is not null && bestDistance <= tolerance ? best : null;
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64) return int.MaxValue;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
