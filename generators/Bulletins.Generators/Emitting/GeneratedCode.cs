namespace Bulletins.Generators.Emitting
{
    /// <summary>The <c>[GeneratedCode]</c> attribute every generated type carries: the tool and its version, once.</summary>
    internal static class GeneratedCode
    {
        public const string Tool = "Bulletins.Generators";

        public const string Version = "1.0.0";

        public const string Attribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"" + Tool + "\", \"" + Version + "\")]";
    }
}
