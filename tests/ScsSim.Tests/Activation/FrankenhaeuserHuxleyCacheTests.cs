using ScsSim.Activation;

namespace ScsSim.Tests.Activation;

public class FrankenhaeuserHuxleyCacheTests
{
    [Fact]
    public void Many_distinct_temperatures_do_not_grow_the_rate_table_cache_without_bound()
    {
        for (var i = 0; i < 200; i++) FrankenhaeuserHuxleyNode.For(2000, 290 + i * 0.01);
        Assert.InRange(FrankenhaeuserHuxleyNode.CachedCount, 1, FrankenhaeuserHuxleyNode.CacheCapacity);
        Assert.True(FrankenhaeuserHuxleyNode.CacheCapacity <= 32);
    }

    [Fact]
    public void A_recently_used_table_is_reused()
    {
        var a = FrankenhaeuserHuxleyNode.For(1999, FrankenhaeuserHuxleyNode.RateReferenceTemperatureK);
        var b = FrankenhaeuserHuxleyNode.For(1999, FrankenhaeuserHuxleyNode.RateReferenceTemperatureK);
        Assert.Same(a, b);
    }

    [Fact]
    public void An_evicted_table_is_rebuilt_with_the_same_values()
    {
        var first = FrankenhaeuserHuxleyNode.For(1500, 300.5).Table.ToArray();
        for (var i = 0; i < FrankenhaeuserHuxleyNode.CacheCapacity + 4; i++) FrankenhaeuserHuxleyNode.For(1500, 301 + i);
        Assert.Equal(first, FrankenhaeuserHuxleyNode.For(1500, 300.5).Table);
    }
}
