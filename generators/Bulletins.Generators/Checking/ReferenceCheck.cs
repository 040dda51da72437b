using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Emitting;
using Bulletins.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Bulletins.Generators.Checking
{
    /// <summary>
    /// Looks up in the compilation what a schema names outside itself, so that a misspelt or wrongly typed
    /// <c>method:</c> extractor, or an unknown outside type, is an error at its YAML line rather than
    /// CS0117/CS0266 inside <c>obj/...g.cs</c> (the generated code leaves such a field empty: <see cref="UnresolvedMethods"/>). The schema's own records are not in the compilation the
    /// generator sees (it writes them), so a method returning one is matched by name.
    /// </summary>
    internal static class ReferenceCheck
    {
        public const string ContextType = "Bulletins.Extraction.Runtime.ExtractionContext";
        private const string JsonWriterType = "System.Text.Json.Utf8JsonWriter";

        public static ReferenceCheckResult Check(SchemaReferences schema, Compilation compilation, CancellationToken cancellationToken)
        {
            var found = new List<DiagnosticInfo>();
            var unresolved = new List<string>();
            foreach (var reference in schema.References)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var problem = reference.Kind == ReferenceKind.Method
                    ? CheckMethod(reference, schema.Namespace, compilation)
                    : CheckType(reference, compilation);
                if (problem == null) continue;
                found.Add(problem);
                if (reference.Kind == ReferenceKind.Method) unresolved.Add(reference.Field);
            }
            return new ReferenceCheckResult(found.ToEquatableArray(), new UnresolvedMethods(schema.Namespace, unresolved.ToEquatableArray()));
        }

        private static DiagnosticInfo? CheckMethod(OutsideName reference, string ns, Compilation compilation)
        {
            int dot = reference.Name.LastIndexOf('.');
            var typeName = reference.Name.Substring(0, dot);
            var methodName = reference.Name.Substring(dot + 1);
            var type = FindType(compilation, typeName);
            if (type is null)
                return Diagnostic(SchemaDiagnostics.MethodNotFound, reference, reference.Name, $"no type '{typeName}' is defined in the project or the assemblies it references");

            var candidates = type.GetMembers(methodName).OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).ToList();
            var expected = CSharpTypes.Property(reference.Type, ns).Replace("global::", "");
            var shape = $"'public static {expected} {methodName}({ContextType} context)'";
            if (candidates.Count == 0)
                return Diagnostic(SchemaDiagnostics.MethodNotFound, reference, reference.Name, $"'{typeName}' has no method '{methodName}' (write it as {shape})");

            string? why = null;
            foreach (var method in candidates)
            {
                why = Misfit(method, reference.Type, ns, compilation, expected);
                if (why is null) return null;
            }
            return Diagnostic(SchemaDiagnostics.MethodSignature, reference, reference.Name, reference.Field, reference.Type.SchemaText, why!, shape);
        }

        /// <summary>Null when the generated constructor can call <paramref name="method"/> to fill the field, else why not.</summary>
        private static string? Misfit(IMethodSymbol method, FieldTypeModel field, string ns, Compilation compilation, string expected)
        {
            if (!method.IsStatic) return "it is an instance method";
            if (method.IsGenericMethod) return "it is generic";
            if (method.Parameters.Length != 1 || method.Parameters[0].RefKind != RefKind.None || FullName(method.Parameters[0].Type) != ContextType)
                return "it must take one " + ContextType + " parameter";
            if (!compilation.IsSymbolAccessibleWithin(method, compilation.Assembly)) return "it is not accessible from the generated code (make it public or internal)";
            if (method.ReturnsVoid) return "it returns nothing";
            if (!Fits(method.ReturnType, field, ns, compilation))
                return $"it returns {method.ReturnType.ToDisplayString()}, which does not convert to the field's {expected}";
            return null;
        }

        private static bool Fits(ITypeSymbol actual, FieldTypeModel field, string ns, Compilation compilation)
        {
            var expected = Expected(field, ns, compilation);
            if (expected != null) return compilation.ClassifyCommonConversion(actual, expected).IsImplicit;
            // The field's type holds one of the schema's own records, which the compilation does not have yet.
            return Matches(actual, field, ns, compilation);
        }

        /// <summary>The field's type as a symbol, or null when it holds a record the generator has yet to write.</summary>
        private static ITypeSymbol? Expected(FieldTypeModel field, string ns, Compilation compilation)
        {
            switch (field.Shape)
            {
                case TypeShape.List:
                {
                    var element = Expected(field.Element!, ns, compilation);
                    var list = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyList`1");
                    return element is null || list is null ? null : list.Construct(element);
                }
                case TypeShape.Map:
                {
                    var value = Expected(field.Element!, ns, compilation);
                    var map = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyDictionary`2");
                    return value is null || map is null ? null : map.Construct(compilation.GetSpecialType(SpecialType.System_String), value);
                }
                case TypeShape.Declared:
                    return field.IsQualified ? FindType(compilation, field.Name) : null;
                default:
                    var scalar = Builtin(field.Name, compilation);
                    if (scalar is null || !field.IsNullable || !scalar.IsValueType) return scalar;
                    return compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(scalar);
            }
        }

        private static ITypeSymbol? Builtin(string name, Compilation compilation)
        {
            switch (name)
            {
                case "string": return compilation.GetSpecialType(SpecialType.System_String);
                case "int": return compilation.GetSpecialType(SpecialType.System_Int32);
                case "long": return compilation.GetSpecialType(SpecialType.System_Int64);
                case "decimal": return compilation.GetSpecialType(SpecialType.System_Decimal);
                case "double": return compilation.GetSpecialType(SpecialType.System_Double);
                case "bool": return compilation.GetSpecialType(SpecialType.System_Boolean);
                default: return compilation.GetTypeByMetadataName("System.DateOnly");
            }
        }

        /// <summary>Structural match for types that hold one of the schema's own records (an error type, by name, here).</summary>
        private static bool Matches(ITypeSymbol actual, FieldTypeModel field, string ns, Compilation compilation)
        {
            switch (field.Shape)
            {
                case TypeShape.Declared:
                    if (field.IsQualified) return FullName(actual) == field.Name;
                    return actual.Name == field.Name && (actual.TypeKind == TypeKind.Error || actual.ContainingNamespace?.ToDisplayString() == ns);
                case TypeShape.List:
                    if (actual is IArrayTypeSymbol array) return array.Rank == 1 && Matches(array.ElementType, field.Element!, ns, compilation);
                    return Implemented(actual, "System.Collections.Generic.IReadOnlyList`1").Any(list => Matches(list.TypeArguments[0], field.Element!, ns, compilation));
                case TypeShape.Map:
                    return Implemented(actual, "System.Collections.Generic.IReadOnlyDictionary`2")
                        .Any(map => map.TypeArguments[0].SpecialType == SpecialType.System_String && Matches(map.TypeArguments[1], field.Element!, ns, compilation));
                default:
                    var expected = Expected(field, ns, compilation);
                    return expected != null && SymbolEqualityComparer.Default.Equals(actual, expected);
            }
        }

        private static IEnumerable<INamedTypeSymbol> Implemented(ITypeSymbol type, string genericName)
        {
            var all = type is INamedTypeSymbol named && named.TypeKind == TypeKind.Interface ? new[] { named }.Concat(type.AllInterfaces) : type.AllInterfaces;
            return all.Where(i => FullName(i.OriginalDefinition) == genericName.Substring(0, genericName.IndexOf('`')) && i.TypeArguments.Length == int.Parse(genericName.Substring(genericName.IndexOf('`') + 1)));
        }

        private static DiagnosticInfo? CheckType(OutsideName reference, Compilation compilation)
        {
            var type = FindType(compilation, reference.Name);
            if (type is null)
                return Diagnostic(SchemaDiagnostics.UnknownType, reference, reference.Type.SchemaText, "no type of that name is defined in the project or the assemblies it references");
            bool writesJson = type.GetMembers("WriteJson").OfType<IMethodSymbol>()
                .Any(m => !m.IsStatic && m.Parameters.Length == 1 && FullName(m.Parameters[0].Type) == JsonWriterType);
            if (!writesJson)
                return Diagnostic(SchemaDiagnostics.UnknownType, reference, reference.Type.SchemaText, "it is not a record generated from a schema (it has no WriteJson(Utf8JsonWriter)); declare it under 'types' or use one a schema declares");
            return null;
        }

        /// <summary>A type by its C# full name; a nested type's dots are tried as '+' from the right.</summary>
        private static INamedTypeSymbol? FindType(Compilation compilation, string name)
        {
            var parts = name.Split('.');
            for (int split = parts.Length; split >= 1; split--)
            {
                var outer = string.Join(".", parts.Take(split));
                var nested = parts.Skip(split).ToList();
                var type = compilation.GetTypeByMetadataName(nested.Count == 0 ? outer : outer + "+" + string.Join("+", nested));
                if (type != null) return type;
            }
            return null;
        }

        private static string FullName(ITypeSymbol type) =>
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted).WithGenericsOptions(SymbolDisplayGenericsOptions.None));

        private static DiagnosticInfo Diagnostic(DiagnosticDescriptor descriptor, OutsideName reference, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, reference.Location, arguments.ToEquatableArray());
    }
}
