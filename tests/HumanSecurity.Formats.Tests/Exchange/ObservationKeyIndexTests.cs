using HumanSecurity.Formats.Import;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Tests.Exchange;

public sealed class ObservationKeyIndexTests
{
    private static long Slice(int year, int disaggregation = 0) => ObservationKeyIndex.Slice(Period.FromYear(year), disaggregation);

    [Fact]
    public void TryAdd_SeriesBySeries_AcceptsNewKeysAndReportsARepeatWithItsFirstLine()
    {
        var index = new ObservationKeyIndex();
        Assert.True(index.TryAdd(1, 1, Slice(2020), 2, out _));
        Assert.True(index.TryAdd(1, 1, Slice(2021), 3, out _));
        Assert.True(index.TryAdd(1, 1, Slice(2020, disaggregation: 1), 4, out _));
        Assert.False(index.TryAdd(1, 1, Slice(2021), 5, out var first));
        Assert.Equal(3, first);
        Assert.True(index.TryAdd(1, 2, Slice(2021), 6, out _));
        Assert.True(index.TryAdd(2, 1, Slice(2021), 7, out _));
        Assert.Equal(5, index.Count);
    }

    [Fact]
    public void TryAdd_SeriesThatComesBack_StillFindsKeysFromItsFirstRun()
    {
        var index = new ObservationKeyIndex();
        Assert.True(index.TryAdd(7, 3, Slice(2020), 2, out _));
        Assert.True(index.TryAdd(7, 3, Slice(2021), 3, out _));
        Assert.True(index.TryAdd(8, 3, Slice(2020), 4, out _));
        Assert.False(index.TryAdd(7, 3, Slice(2020), 5, out var first));
        Assert.Equal(2, first);
        Assert.True(index.TryAdd(7, 3, Slice(2022), 6, out _));
        Assert.True(index.TryAdd(8, 3, Slice(2021), 7, out _));
        Assert.False(index.TryAdd(7, 3, Slice(2022), 8, out first));
        Assert.Equal(6, first);
    }

    [Fact]
    public void TryAdd_LongSeries_KeepsEveryKeyWhenItsTableGrows()
    {
        var index = new ObservationKeyIndex(capacityHint: 16);
        for (var day = 0; day < 5000; day++)
            Assert.True(index.TryAdd(1, 1, ObservationKeyIndex.Slice(Period.FromDay(new DateOnly(2010, 1, 1).AddDays(day)), 0), day + 2, out _));
        Assert.False(index.TryAdd(1, 1, ObservationKeyIndex.Slice(Period.FromDay(new DateOnly(2010, 1, 1)), 0), 9999, out var first));
        Assert.Equal(2, first);
        Assert.Equal(5000, index.Count);
        // The next series starts with a small table again and still sees only its own keys.
        Assert.True(index.TryAdd(1, 2, ObservationKeyIndex.Slice(Period.FromDay(new DateOnly(2010, 1, 1)), 0), 10_000, out _));
    }

    [Fact]
    public void TryGetLine_FindsKeysOfRunsAndOfDictionaries()
    {
        var index = new ObservationKeyIndex();
        index.TryAdd(1, 1, Slice(2020), 2, out _);
        index.TryAdd(2, 1, Slice(2020), 3, out _);
        index.TryAdd(1, 1, Slice(2021), 4, out _); // series (1, 1) comes back: now a dictionary
        index.TryAdd(3, 1, Slice(2020), 5, out _);
        Assert.True(index.TryGetLine(1, 1, Slice(2021), out var line));
        Assert.Equal(4, line);
        Assert.True(index.TryGetLine(3, 1, Slice(2020), out line));
        Assert.Equal(5, line);
        Assert.True(index.TryGetLine(2, 1, Slice(2020), out line));
        Assert.Equal(3, line);
        Assert.False(index.TryGetLine(2, 1, Slice(2021), out _));
        Assert.False(index.TryGetLine(9, 9, Slice(2020), out _));
        // Adding after lookups keeps working.
        Assert.False(index.TryAdd(3, 1, Slice(2020), 6, out line));
        Assert.Equal(5, line);
    }

    [Fact]
    public void TryAdd_SparseKeys_MoveToADictionaryAndStayExact()
    {
        // 17,000 series with one slice each would need a 17,000 x 32,768-bit matrix: over the budget.
        var index = new ObservationKeyIndex();
        for (var i = 0; i < 17_000; i++) Assert.True(index.TryAdd(i % 7, i, ObservationKeyIndex.Slice(Period.FromDay(new DateOnly(2000, 1, 1).AddDays(i)), 0), i + 2, out _));
        Assert.True(index.UsesDictionary);
        Assert.False(index.TryAdd(3, 10, ObservationKeyIndex.Slice(Period.FromDay(new DateOnly(2000, 1, 1).AddDays(10)), 0), 99_999, out var first));
        Assert.Equal(12, first);
        Assert.True(index.TryGetLine(16_999 % 7, 16_999, ObservationKeyIndex.Slice(Period.FromDay(new DateOnly(2000, 1, 1).AddDays(16_999)), 0), out var line));
        Assert.Equal(17_001, line);
        Assert.Equal(17_000, index.Count);
    }

    [Fact]
    public void TryAdd_DateByDate_StaysInTheBitMatrixUntilARepeat()
    {
        var index = new ObservationKeyIndex();
        var line = 2;
        for (var day = 0; day < 300; day++)
            for (var area = 0; area < 200; area++)
                Assert.True(index.TryAdd(1, area, ObservationKeyIndex.Slice(Period.FromDay(new DateOnly(2020, 1, 1).AddDays(day)), 0), line++, out _));
        Assert.False(index.UsesDictionary);
        Assert.False(index.TryAdd(1, 150, ObservationKeyIndex.Slice(Period.FromDay(new DateOnly(2020, 1, 1).AddDays(2)), 0), line, out var first));
        Assert.Equal(2 + 2 * 200 + 150, first);
        Assert.True(index.UsesDictionary);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TryAdd_AnyOrder_AgreesWithASetOfAllKeys(int seed)
    {
        var random = new Random(seed);
        var index = new ObservationKeyIndex(capacityHint: 100);
        var reference = new Dictionary<(int, int, long), int>();
        for (var line = 2; line < 60_000; line++)
        {
            // Mostly runs of one series, sometimes a jump to any series: both paths of the index are exercised.
            var (indicator, area) = random.Next(10) == 0 ? (random.Next(20), random.Next(50)) : (line / 97 % 20, line / 1940 % 50);
            var slice = Slice(2000 + random.Next(25), random.Next(4));
            var expectedNew = reference.TryAdd((indicator, area, slice), line);
            Assert.Equal(expectedNew, index.TryAdd(indicator, area, slice, line, out var first));
            if (!expectedNew) Assert.Equal(reference[(indicator, area, slice)], first);
        }
        Assert.Equal(reference.Count, index.Count);
        foreach (var ((indicator, area, slice), line) in reference)
        {
            Assert.True(index.TryGetLine(indicator, area, slice, out var found));
            Assert.Equal(line, found);
        }
    }
}
