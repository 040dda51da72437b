using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Bulletins.Generators
{
    /// <summary>
    /// Which additional files are schemas: only those marked <c>BulletinsSchema="true"</c>
    /// (<c>&lt;AdditionalFiles Include="notices.yaml" BulletinsSchema="true" /&gt;</c>), so that a
    /// project's other YAML (<c>appsettings.yaml</c>) is never read as one. The package's
    /// <c>build/Bulletins.props</c> makes the metadata visible to the compiler.
    /// </summary>
    internal static class SchemaOptIn
    {
        /// <summary>The item metadata's name, as <c>build/Bulletins.props</c> declares it.</summary>
        public const string MetadataName = "BulletinsSchema";

        /// <summary>How the compiler hands item metadata to generators.</summary>
        public const string OptionKey = "build_metadata.AdditionalFiles." + MetadataName;

        public static bool IsSchema(AnalyzerConfigOptions options) =>
            options.TryGetValue(OptionKey, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
