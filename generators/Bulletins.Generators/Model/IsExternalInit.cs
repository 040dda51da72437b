// Records and init accessors need this type, which netstandard2.0 (the target Roslyn requires) lacks.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
