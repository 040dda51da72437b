using System.ComponentModel;
using System.Reflection;
using Bulletins.Collections;
using Bulletins.Extraction.Runtime;
using Bulletins.Json;
using Bulletins.Schema;

namespace Bulletins.Tests.Surface;

/// <summary>Public types that exist only for generated code are hidden from IntelliSense (they stay public: generated code in a consumer's assembly calls them).</summary>
public class HiddenHelpersTests
{
    public static TheoryData<Type> Helpers() => new(
        typeof(PatternExtractor), typeof(ValueList), typeof(ValueList<>), typeof(ValueMap<,>), typeof(BaseFields), typeof(KindJson));

    [Theory]
    [MemberData(nameof(Helpers))]
    public void AHelperForGeneratedCodeIsNeverBrowsable(Type helper)
    {
        Assert.True(helper.IsPublic);
        Assert.Equal(EditorBrowsableState.Never, helper.GetCustomAttribute<EditorBrowsableAttribute>()?.State);
    }
}
