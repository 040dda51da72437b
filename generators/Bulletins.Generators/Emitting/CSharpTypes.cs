using System;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>How schema field types become C#: property types, defaults, and the value collections behind lists and maps.</summary>
    internal static class CSharpTypes
    {
        public const string ValueList = "global::Bulletins.Collections.ValueList";
        public const string ValueMap = "global::Bulletins.Collections.ValueMap";

        /// <summary>The property type, e.g. <c>global::System.Collections.Generic.IReadOnlyList&lt;string&gt;</c>.</summary>
        public static string Property(FieldTypeModel type, string ns)
        {
            switch (type.Shape)
            {
                case TypeShape.List:
                    return "global::System.Collections.Generic.IReadOnlyList<" + Property(type.Element!, ns) + ">";
                case TypeShape.Map:
                    return "global::System.Collections.Generic.IReadOnlyDictionary<string, " + Property(type.Element!, ns) + ">";
                case TypeShape.Declared:
                    return "global::" + type.FullName(ns) + (type.IsNullable ? "?" : "");
                default:
                    return Builtin(type.Name) + (type.IsNullable ? "?" : "");
            }
        }

        /// <summary>Lists and maps keep a value collection in a backing field so that records compare by value.</summary>
        public static bool HasBackingField(FieldTypeModel type) => type.Shape == TypeShape.List || type.Shape == TypeShape.Map;

        /// <summary>The initial value of a property or backing field, or null when the C# default will do.</summary>
        public static string? Default(FieldTypeModel type, string ns)
        {
            switch (type.Shape)
            {
                case TypeShape.List:
                    return ValueList + "<" + Property(type.Element!, ns) + ">.Empty";
                case TypeShape.Map:
                    return ValueMap + "<string, " + Property(type.Element!, ns) + ">.Empty";
                case TypeShape.Declared:
                    // A non-nullable record starts as an empty value rather than a null the type says cannot be.
                    return type.IsNullable ? null : "new global::" + type.FullName(ns) + "()";
                default:
                    return type.IsBuiltin("string") && !type.IsNullable ? "\"\"" : null;
            }
        }

        /// <summary>
        /// An expression turning <paramref name="value"/> (any list or dictionary, or null) into the
        /// value collection stored in the backing field, nested collections included.
        /// </summary>
        public static string ToValueCollection(FieldTypeModel type, string value, string ns, int depth = 0)
        {
            var element = type.Element!;
            var elementType = Property(element, ns);
            if (type.Shape == TypeShape.List)
            {
                if (!HasBackingField(element)) return ValueList + ".From(" + value + ")";
                var item = "item" + depth;
                return value + " is null ? " + Default(type, ns) + " : " + ValueList + ".FromArray(global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select<"
                    + elementType + ", " + elementType + ">(" + value + ", static " + item + " => " + ToValueCollection(element, item, ns, depth + 1) + ")))";
            }

            if (type.Shape == TypeShape.Map)
            {
                var entry = "entry" + depth;
                var entryValue = HasBackingField(element) ? ToValueCollection(element, entry + ".Value", ns, depth + 1) : entry + ".Value";
                return value + " is null ? " + Default(type, ns) + " : new " + ValueMap + "<string, " + elementType + ">(global::System.Linq.Enumerable.ToDictionary<global::System.Collections.Generic.KeyValuePair<string, "
                    + elementType + ">, string, " + elementType + ">(" + value + ", static " + entry + " => " + entry + ".Key, static " + entry + " => " + entryValue + "))";
            }

            throw new InvalidOperationException("Only lists and maps are value collections.");
        }

        private static string Builtin(string name)
        {
            switch (name)
            {
                case "date": return "global::System.DateOnly";
                default: return name;
            }
        }
    }
}
