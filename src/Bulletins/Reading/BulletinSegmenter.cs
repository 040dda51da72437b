namespace Bulletins.Reading;

/// <summary>
/// The one segmentation core behind the pull reader (<see cref="Bulletin"/>) and the push parser
/// (<see cref="BulletinParser"/>): takes lines one at a time and queues finished drafts.
/// </summary>
/// <remarks>
/// Every line is handled once, as it arrives. A line that may open an article (a title candidate
/// after a blank line) is first treated as an ordinary body line; when the blank, <c>Source:</c>
/// and blank lines that confirm the header follow, the candidate paragraph is taken back out of
/// the previous article and becomes the new title. So nothing is copied twice and no line waits.
/// </remarks>
internal sealed class BulletinSegmenter
{
    private enum HeaderState
    {
        None,
        /// <summary>The last line was a title candidate.</summary>
        Candidate,
        /// <summary>A title candidate, then one or more blank lines.</summary>
        CandidateBlank,
        /// <summary>A title candidate, a blank line, then a valid <c>Source:</c> line.</summary>
        SourceSeen,
    }

    private readonly string _file;
    private readonly Action<BulletinProblem>? _onProblem;
    private readonly Queue<ArticleDraft> _completed = new();

    // The article being read (when _inArticle).
    private bool _inArticle;
    private string _title = "";
    private string _source = "";
    private int _titleLine;
    private int _articleSourceLine;
    private int _lastLine;
    private readonly List<Paragraph> _paragraphs = [];
    private readonly CharBuffer _paragraph = new();
    private int _paragraphLine; // 0 when no paragraph is open

    // Lines before the first article, or after an article cut at MaxArticleLength.
    private int _junkFirst;
    private int _junkLast;
    private string? _junkText;
    private bool _junkIsOverflow;

    /// <summary>
    /// Longest paragraph kept whole (4 Mi characters): a longer one is split into paragraphs of at
    /// most this size, with a warning; nothing is left out.
    /// </summary>
    public const int MaxParagraphLength = 1 << 22;

    /// <summary>
    /// Longest article body kept (16 Mi characters): the body ends there, and the lines up to the
    /// next article header are reported as one error and never held, so memory stays bounded.
    /// </summary>
    public const int MaxArticleLength = 1 << 24;

    private long _articleLength; // characters in the paragraphs of the article being read

    // Header recognition.
    private HeaderState _state;
    private bool _previousBlank = true; // the start of the input counts as a blank line
    private int _candidateLine;
    private string? _candidateText; // only kept before the first article
    private int _lastLineBeforeCandidate;
    private string _pendingSource = "";
    private bool _pendingSourceEmpty;
    private int _sourceLine;

    // Seams: a title directly under a body line, with no blank line between (inputs joined without a
    // line end), and the headline heuristic for a title whose Source line is missing.
    private bool _lastEndsSentence; // the last non-blank line ended a sentence
    private bool _candidateFollowsBody; // the candidate is under a line that ends a sentence: a new article
    private bool _candidateUnclear; // under a line that does not: cannot tell, body text with a warning
    private bool _candidateHeadline; // after a blank line and looks like a headline: missing Source if none follows

    // Damaged lines (NUL characters) after the binary check: one problem per run.
    private int _nulFirst;
    private int _nulLast;
    private string? _nulText;

    private bool _binary;
    private bool _anyText;
    private bool _anyProblemLines;
    private int _settledThrough; // last line already in an emitted article or a reported problem
    private int _lineNumber;

    // Sources repeat from article to article: reuse their strings.
    private readonly List<string> _knownSources = [];

    public BulletinSegmenter(string file, Action<BulletinProblem>? onProblem)
    {
        _file = file;
        _onProblem = onProblem;
    }

    public bool IsBinary => _binary;

    public bool TryDequeue(out ArticleDraft draft) => _completed.TryDequeue(out draft!);

    public int CompletedCount => _completed.Count;

    /// <summary>The input is binary from here on: everything not yet emitted goes into one problem.</summary>
    public void EnterBinaryMode()
    {
        _binary = true;
        _heldWarnings?.Clear();
    }

    /// <summary>
    /// The binary check's window is behind: encoding warnings held until now are reported. (A binary
    /// file's undecodable bytes are part of its one binary problem, not warnings of their own.)
    /// </summary>
    public void PassBinaryWindow()
    {
        if (_heldWarnings is null) return;
        var held = _heldWarnings;
        _heldWarnings = null;
        foreach (var warning in held) _onProblem?.Invoke(warning);
    }

    private List<BulletinProblem>? _heldWarnings = [];

    /// <summary>An ordinary line (without its line end).</summary>
    public void AcceptLine(ReadOnlySpan<char> line, int number)
    {
        _lineNumber = number;
        if (_binary) return;

        if (LineText.IsBlank(line))
        {
            AcceptBlank();
            return;
        }

        _anyText = true;
        if (_nulFirst != 0) ReportNulRun();

        switch (_state)
        {
            case HeaderState.CandidateBlank when HeaderRules.TryParseSource(line, out var name):
                SourceSeen(line, number, InternSource(name), empty: false);
                return;
            case HeaderState.CandidateBlank when !_candidateUnclear && HeaderRules.IsEmptySource(line):
                SourceSeen(line, number, "", empty: true);
                return;
            case HeaderState.CandidateBlank when !_candidateUnclear && line.StartsWith(HeaderRules.SourcePrefix, StringComparison.Ordinal):
                // `Source:` under a title-like line, but what follows is not a name (too long, a comma,
                // a full stop): a citation under a one-line paragraph, or an agency named at length?
                // Body text, as the rule reads it, but never silently: it may be two articles merged.
                _candidateHeadline = false;
                Report(ProblemCodes.UnreadableSource, ProblemSeverity.Warning, _candidateLine, number,
                    $"a 'Source:' line under a title-like line names no source the header rule accepts (at most {HeaderRules.MaxSourceWords} words and {HeaderRules.MaxSourceLength} characters, no , ; or :, no final full stop): read as body text; if it starts a new article, shorten the name",
                    LineText.Trim(line).ToString(), settles: false);
                _state = HeaderState.None;
                break;
            case HeaderState.CandidateBlank when _candidateHeadline && !line.StartsWith(HeaderRules.SourcePrefix, StringComparison.Ordinal):
                ReportTitleWithoutSource();
                _state = HeaderState.None;
                break;
            default:
                _state = HeaderState.None;
                break;
        }

        if (HeaderRules.IsTitleCandidate(line) && (_previousBlank || _inArticle))
        {
            _state = HeaderState.Candidate;
            _candidateLine = number;
            _lastLineBeforeCandidate = _inArticle ? _lastLine : _junkLast;
            _candidateText = _inArticle ? null : LineText.Trim(line).ToString();
            _candidateFollowsBody = !_previousBlank && _lastEndsSentence;
            _candidateUnclear = !_previousBlank && !_lastEndsSentence;
            _candidateHeadline = _previousBlank && _inArticle && _lastEndsSentence && HeaderRules.LooksLikeHeadline(line);
        }
        AppendOrdinary(line, number);
        _previousBlank = false;
        _lastEndsSentence = HeaderRules.EndsSentence(line);
    }

    private void SourceSeen(ReadOnlySpan<char> line, int number, string source, bool empty)
    {
        _state = HeaderState.SourceSeen;
        _pendingSource = source;
        _pendingSourceEmpty = empty;
        _sourceLine = number;
        AppendOrdinary(line, number);
        _previousBlank = false;
        _lastEndsSentence = false;
    }

    /// <summary>A line holding NUL characters past the binary check: reported, and read as a blank line.</summary>
    public void AcceptDamagedLine(ReadOnlySpan<char> line, int number)
    {
        _lineNumber = number;
        if (_binary) return;
        if (_nulFirst == 0)
        {
            _nulFirst = number;
            _nulText = Printable(line);
        }
        _nulLast = number;
        AcceptBlank();
    }

    /// <summary>A line too long to be bulletin text (only its start is given): reported, and read as a blank line.</summary>
    public void AcceptOverlongLine(ReadOnlySpan<char> start, int number)
    {
        _lineNumber = number;
        if (_binary) return;
        if (_nulFirst != 0) ReportNulRun();
        Report(ProblemCodes.LineTooLong, ProblemSeverity.Error, number, number,
            $"line longer than {LineSplitter.MaxLineLength} characters: not bulletin text, left out", Printable(start));
        AcceptBlank();
    }

    /// <summary>A line where the decoder replaced invalid bytes with U+FFFD: kept, with a warning.</summary>
    public void AcceptLineWithInvalidBytes(ReadOnlySpan<char> line, int number)
    {
        if (!_binary)
        {
            var warning = new BulletinProblem(ProblemCodes.InvalidEncoding, ProblemSeverity.Warning, _file, number, number,
                "invalid byte sequence for the encoding; replaced with U+FFFD (is the file UTF-8?)", LineText.Trim(line).ToString());
            if (_heldWarnings is not null) _heldWarnings.Add(warning);
            else _onProblem?.Invoke(warning);
        }
        AcceptLine(line, number);
    }

    /// <summary>The end of the input: emits the last article and reports what is left.</summary>
    public void End()
    {
        PassBinaryWindow();
        if (_binary)
        {
            int first = _settledThrough + 1;
            Report(ProblemCodes.BinaryData, ProblemSeverity.Error, first, Math.Max(first, _lineNumber),
                "binary data (NUL characters): not a bulletin text file (UTF-16 without a byte order mark also looks like this; pass the encoding)", null);
            return;
        }

        if (_nulFirst != 0) ReportNulRun();
        if (_state is HeaderState.Candidate or HeaderState.CandidateBlank && _candidateHeadline) ReportTitleWithoutSource();
        if (_state == HeaderState.SourceSeen)
        {
            // A header at the very end: an article cut off before its body.
            ConfirmHeader();
        }
        else
        {
            CloseParagraph();
        }

        if (_inArticle)
        {
            EmitArticle();
        }
        else if (_junkFirst != 0)
        {
            ReportJunk(noArticleFollows: true);
        }
        else if (!_anyText && !_anyProblemLines)
        {
            Report(ProblemCodes.EmptyInput, ProblemSeverity.Error, 0, 0, "the input is empty (no text, or blank lines only)", null);
        }
        _state = HeaderState.None;
    }

    private void AcceptBlank()
    {
        if (_state == HeaderState.SourceSeen)
        {
            ConfirmHeader();
        }
        else
        {
            CloseParagraph();
            _state = _state is HeaderState.Candidate or HeaderState.CandidateBlank ? HeaderState.CandidateBlank : HeaderState.None;
        }
        _previousBlank = true;
    }

    private void AppendOrdinary(ReadOnlySpan<char> line, int number)
    {
        var text = LineText.TrimEnd(line);
        // A Source line is always let in (one line past the limit at most): it may be taken back out.
        if (_inArticle && _state != HeaderState.SourceSeen && _articleLength + _paragraph.Length + text.Length + 1 > MaxArticleLength)
        {
            CutArticle(line, number);
        }
        if (_inArticle)
        {
            if (_paragraphLine != 0 && _paragraph.Length + text.Length + 1 > MaxParagraphLength)
            {
                Report(ProblemCodes.ParagraphTooLong, ProblemSeverity.Warning, number, number,
                    $"paragraph longer than {MaxParagraphLength} characters: split into another paragraph here (nothing left out)", Printable(line), settles: false);
                CloseParagraph();
            }
            if (_paragraphLine == 0) _paragraphLine = number;
            else _paragraph.Append('\n');
            _paragraph.Append(text);
            _lastLine = number;
        }
        else
        {
            if (_junkFirst == 0)
            {
                _junkFirst = number;
                _junkText = LineText.Trim(line).ToString();
                if (_junkText.Length > 80) _junkText = _junkText[..80];
            }
            _junkLast = number;
        }
    }

    /// <summary>The article has reached <see cref="MaxArticleLength"/>: it ends before this line, and what follows up to the next header is reported, not held.</summary>
    private void CutArticle(ReadOnlySpan<char> line, int number)
    {
        EmitArticle();
        if (_state == HeaderState.Candidate && _candidateLine == number)
        {
            // The line that passed the limit may still be a title: now one outside any article, as before the first.
            _candidateUnclear = _candidateFollowsBody = _candidateHeadline = false;
            if (_previousBlank)
            {
                _candidateText = LineText.Trim(line).ToString();
                _lastLineBeforeCandidate = 0;
            }
            else
            {
                _state = HeaderState.None;
            }
        }
        _junkIsOverflow = true;
        _junkFirst = 0;
        _junkLast = 0;
        _junkText = null;
    }

    /// <summary>Reports the lines outside any article (before the first one, or past an article's size limit).</summary>
    private void ReportJunk(bool noArticleFollows)
    {
        if (_junkIsOverflow)
        {
            Report(ProblemCodes.ArticleTooLong, ProblemSeverity.Error, _junkFirst, _junkLast,
                $"the article before these lines reached {MaxArticleLength} characters and ends there: these lines, up to the next article, were left out", _junkText);
        }
        else if (noArticleFollows)
        {
            Report(ProblemCodes.NoArticle, ProblemSeverity.Error, _junkFirst, _junkLast,
                "no article found: an article starts with a title line, a blank line, 'Source: <name>' and a blank line", _junkText);
        }
        else
        {
            Report(ProblemCodes.TextBeforeFirstArticle, ProblemSeverity.Error, _junkFirst, _junkLast,
                "text before the first article is not part of any article", _junkText);
        }
        _junkFirst = _junkLast = 0;
        _junkText = null;
        _junkIsOverflow = false;
    }

    private void CloseParagraph()
    {
        if (_paragraphLine == 0) return;
        _articleLength += _paragraph.Length;
        _paragraphs.Add(new Paragraph(_paragraph.ToString(), _paragraphLine));
        _paragraph.Clear();
        _paragraphLine = 0;
    }

    /// <summary>
    /// Title, blank, Source and a blank line (or the end) were seen: take the title candidate and the
    /// Source line back out of what came before, finish that, and start the new article.
    /// </summary>
    private void ConfirmHeader()
    {
        if (_candidateUnclear)
        {
            // A title-like line under a line that does not end a sentence: the last line of a
            // paragraph above a citation, or a title whose blank line is missing? Body text, as the
            // rule has always read it, but not silently.
            CloseParagraph();
            var paragraphAbove = _paragraphs[^2].Text;
            Report(ProblemCodes.UnclearSeam, ProblemSeverity.Warning, _candidateLine, _sourceLine,
                "a title-like line directly under a body line, then 'Source:': read as body text; if it is a new article's title, a blank line is missing before it",
                paragraphAbove[(paragraphAbove.LastIndexOf('\n') + 1)..].Trim(), settles: false);
            _state = HeaderState.None;
            _candidateUnclear = false;
            return;
        }

        // The open paragraph is the Source line itself.
        _paragraph.Clear();
        _paragraphLine = 0;

        string title;
        if (_inArticle)
        {
            title = TakeTitleFromBody();
            EmitArticle();
        }
        else
        {
            title = _candidateText!;
            _junkLast = _lastLineBeforeCandidate;
            if (_junkLast == 0)
            {
                _junkFirst = 0;
                _junkText = null;
                _junkIsOverflow = false;
            }
            else
            {
                ReportJunk(noArticleFollows: false);
            }
        }

        if (_pendingSourceEmpty)
        {
            Report(ProblemCodes.EmptySource, ProblemSeverity.Error, _sourceLine, _sourceLine,
                "the 'Source:' line names no source: read as an article with an empty Source", title, settles: false);
        }

        _inArticle = true;
        _title = title;
        _source = _pendingSource;
        _titleLine = _candidateLine;
        _articleSourceLine = _sourceLine;
        _lastLine = _sourceLine;
        _state = HeaderState.None;
        _candidateText = null;
        _pendingSourceEmpty = false;
        _candidateFollowsBody = _candidateHeadline = false;
    }

    /// <summary>
    /// Takes the confirmed title line back out of the article read so far: the whole last paragraph
    /// when the title came after a blank line, its last line when it came directly under a body line.
    /// A title line that starts with the end of that article's text (glued without a line end) is
    /// split there, the end going back to the article.
    /// </summary>
    private string TakeTitleFromBody()
    {
        var above = _paragraphs[^1];
        string line;
        if (_candidateFollowsBody)
        {
            int lineEnd = above.Text.LastIndexOf('\n');
            line = above.Text[(lineEnd + 1)..];
            _paragraphs[^1] = above with { Text = above.Text[..lineEnd] };
        }
        else
        {
            line = above.Text;
            _paragraphs.RemoveAt(_paragraphs.Count - 1);
        }
        var trimmed = LineText.Trim(line);
        var title = trimmed.Length == line.Length ? line : trimmed.ToString();
        _lastLine = _lastLineBeforeCandidate;

        int glued = HeaderRules.GluedTitleStart(title);
        if (glued < 0) return title;
        var end = title[..glued];
        if (_candidateFollowsBody) _paragraphs[^1] = _paragraphs[^1] with { Text = _paragraphs[^1].Text + "\n" + end };
        else _paragraphs.Add(new Paragraph(end, _candidateLine));
        _lastLine = _candidateLine;
        Report(ProblemCodes.GluedTitle, ProblemSeverity.Warning, _candidateLine, _candidateLine,
            "the title line starts with the end of the previous article (two texts joined without a line end?): split before the title", title, settles: false);
        return title[glued..];
    }

    private void ReportTitleWithoutSource()
    {
        _candidateHeadline = false;
        var paragraph = _paragraphs.Count > 0 && _paragraphs[^1].Line == _candidateLine ? _paragraphs[^1].Text : _paragraph.ToString();
        Report(ProblemCodes.TitleWithoutSource, ProblemSeverity.Error, _candidateLine, _candidateLine,
            "a line that looks like a title has no 'Source: <name>' line after it: kept as body text (is the Source line missing?)", paragraph.Trim(), settles: false);
    }

    private void EmitArticle()
    {
        CloseParagraph();
        var paragraphs = _paragraphs.ToArray();
        _paragraphs.Clear();
        _articleLength = 0;
        if (paragraphs.Length == 0)
        {
            Report(ProblemCodes.EmptyBody, ProblemSeverity.Warning, _titleLine, _lastLine,
                "the article has a title and a source but no body (is the file cut off?)", _title, settles: false);
        }
        _completed.Enqueue(new ArticleDraft
        {
            File = _file,
            Line = _titleLine,
            SourceLine = _articleSourceLine,
            LastLine = _lastLine,
            Title = _title,
            Source = _source,
            Paragraphs = paragraphs,
            IsTruncated = paragraphs.Length > 0 && Truncation.EndsCutOff(paragraphs[^1].Text),
        });
        _settledThrough = Math.Max(_settledThrough, _lastLine);
        _inArticle = false;
    }

    private void ReportNulRun()
    {
        Report(ProblemCodes.BinaryData, ProblemSeverity.Error, _nulFirst, _nulLast,
            "NUL characters in the text: the line is damaged and was left out", _nulText);
        _nulFirst = _nulLast = 0;
        _nulText = null;
    }

    private void Report(string code, ProblemSeverity severity, int line, int endLine, string message, string? text, bool settles = true)
    {
        if (settles)
        {
            _anyProblemLines |= line > 0;
            _settledThrough = Math.Max(_settledThrough, endLine);
        }
        _onProblem?.Invoke(new BulletinProblem(code, severity, _file, line, endLine, message, text));
    }

    private string InternSource(ReadOnlySpan<char> name)
    {
        foreach (var known in _knownSources)
        {
            if (name.SequenceEqual(known)) return known;
        }
        var source = name.ToString();
        if (_knownSources.Count < 32) _knownSources.Add(source);
        return source;
    }

    private static string Printable(ReadOnlySpan<char> line)
    {
        var text = LineText.Trim(line);
        if (text.Length > 80) text = text[..80];
        return text.ToString().Replace('\0', '\uFFFD');
    }
}
