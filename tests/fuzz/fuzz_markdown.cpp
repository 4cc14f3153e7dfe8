// libFuzzer target for the Markdown side of the transcript (issue 13): what a model writes is cut
// into pieces that lay out on their own (MarkdownSegmenter), code fences are found (CodeFence) and
// formulas are protected (MathSpans) before anything is rendered. Whatever the text, nothing may
// crash or hang, the pieces must cover the text in order without gaps or overlaps and stay within
// their size bounds, and growing the text as a stream does (extend()) must give the same pieces
// as cutting the whole (split()): that is what keeps a streamed reply and a reopened one alike.
#include "markdown/CodeFence.h"
#include "markdown/MarkdownSegmenter.h"
#include "markdown/MathSpans.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// Longer inputs teach the fuzzer nothing new and would only slow it down (-timeout caps the rest).
constexpr size_t kMaxInputBytes = 64 * 1024;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkCover(QStringView text, const QList<MarkdownSegment> &segments)
{
    qsizetype at = 0;
    for (const MarkdownSegment &segment : segments) {
        require(segment.start == at && segment.end > segment.start && segment.end <= text.size());
        at = segment.end;
        if (segment.kind == MarkdownSegment::Kind::Code) {
            // A code piece is bounded by lines and characters (plus its fence lines).
            require(MarkdownSegmenter::codeOf(text, segment).size() <= MarkdownSegmenter::kMaxCodeChars + 4096);
        }
    }
    require(at == text.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > kMaxInputBytes)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QList<MarkdownSegment> whole = MarkdownSegmenter::split(text);
    checkCover(text, whole);

    // As a stream delivers it: in pieces of a size taken from the input itself.
    const qsizetype step = 1 + (size > 0 ? data[0] % 97 : 0);
    QList<MarkdownSegment> grown;
    for (qsizetype end = std::min(step, text.size()); ; end = std::min(end + step, text.size())) {
        MarkdownSegmenter::extend(QStringView(text).left(end), grown);
        checkCover(QStringView(text).left(end), grown);
        if (end == text.size())
            break;
    }
    require(grown.size() == whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        require(grown.at(i).start == whole.at(i).start && grown.at(i).end == whole.at(i).end);

    for (const MarkdownSegment &segment : whole) {
        if (segment.kind == MarkdownSegment::Kind::Prose)
            (void)MathSpans::protect(MarkdownSegmenter::proseOf(text, segment));
    }
    (void)MarkdownSegmenter::codeBlocks(text);
    (void)CodeFence::openCloserAtEnd(text);
    return 0;
}
