namespace Bulletins.Generators.Emitting
{
    /// <summary>The <c>[GeneratedCode]</c> attribute every generated type carries: the tool and its version, once.</summary>
    internal static class GeneratedCode
    {
        public const string Tool = "Bulletins.Generators";

        /// <summary>The project's version (Directory.Build.props), compiled in by the WriteProjectVersion target.</summary>
        public const string Version = ProjectVersion.Value;

        public const string Attribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"" + Tool + "\", \"" + Version + "\")]";
    }
}
