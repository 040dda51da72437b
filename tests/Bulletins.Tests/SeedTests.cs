namespace Bulletins.Tests;

public class SkeletonTests
{
    [Fact]
    public void SeedIsCopiedBesideTheTests()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "seeds", "000_e349464e1e009bb6.txt")));
    }
}
