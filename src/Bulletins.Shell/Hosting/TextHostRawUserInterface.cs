using System.Management.Automation.Host;

namespace Bulletins.Shell.Hosting;

/// <summary>
/// A fixed-size virtual screen: the format views only need its width to lay out tables.
/// Nothing here draws; a text host has no cursor or colours.
/// </summary>
public sealed class TextHostRawUserInterface : PSHostRawUserInterface
{
    public TextHostRawUserInterface(int width)
    {
        BufferSize = new Size(width, int.MaxValue / 2);
        WindowSize = new Size(width, 50);
        MaxWindowSize = WindowSize;
        MaxPhysicalWindowSize = WindowSize;
    }

    public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
    public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;
    public override Size BufferSize { get; set; }
    public override Coordinates CursorPosition { get; set; }
    public override int CursorSize { get; set; } = 1;
    public override bool KeyAvailable => false;
    public override Size MaxPhysicalWindowSize { get; }
    public override Size MaxWindowSize { get; }
    public override Coordinates WindowPosition { get; set; }
    public override Size WindowSize { get; set; }
    public override string WindowTitle { get; set; } = "Bulletins.Shell";

    public override void FlushInputBuffer() { }
    public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException("A text host keeps no screen buffer.");
    public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException("Bulletins.Shell cannot read keys.");
    public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { }
    public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { }
    public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { }
}
