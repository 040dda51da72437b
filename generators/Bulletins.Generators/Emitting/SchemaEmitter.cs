using System.Collections.Generic;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>Every generated file of one schema, as (hint name, source) pairs.</summary>
    internal static class SchemaEmitter
    {
        public static IEnumerable<KeyValuePair<string, string>> Emit(SchemaModel schema)
        {
            var prefix = schema.HintPrefix + ".";
            foreach (var type in schema.Types) yield return File(prefix + type.Name, TypeEmitter.Emit(schema, type));
            foreach (var kind in schema.Kinds) yield return File(prefix + kind.Name, KindEmitter.Emit(schema, kind));
            yield return File(prefix + schema.KindEnum, KindEnumEmitter.Emit(schema));
            yield return File(prefix + schema.Classifier, ClassifierEmitter.Emit(schema));
            yield return File(prefix + schema.Factory, FactoryEmitter.Emit(schema));
            yield return File(prefix + schema.Metadata, MetadataEmitter.Emit(schema));
            yield return File(prefix + schema.WordsClass, WordsEmitter.Emit(schema));
            if (schema.Patterns.Count > 0) yield return File(prefix + schema.PatternsClass, PatternsEmitter.Emit(schema));
        }

        private static KeyValuePair<string, string> File(string name, string source) => new KeyValuePair<string, string>(name + ".g.cs", source);
    }
}
