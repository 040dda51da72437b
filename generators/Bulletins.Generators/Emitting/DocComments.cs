namespace Bulletins.Generators.Emitting
{
    /// <summary>Writes XML doc comments from schema descriptions.</summary>
    internal static class DocComments
    {
        /// <summary>A summary, one <c>///</c> line per line of the description; nothing for an empty one.</summary>
        public static void Summary(CodeWriter writer, string description, string fallback = "")
        {
            var text = description.Trim().Length > 0 ? description.Trim() : fallback;
            if (text.Length == 0) return;
            writer.Line("/// <summary>");
            foreach (var line in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            {
                writer.Line(("/// " + Literals.XmlText(line)).TrimEnd());
            }
            writer.Line("/// </summary>");
        }
    }
}
