#pragma once

#include <QList>
#include <QStringView>

#include <optional>

// When each piece of one reply's text arrived, and how many tokens it carried: the raw facts the
// benchmark's per-token figures come from. Times are nanoseconds on the run's monotonic clock.
//
// Definitions (the same words are in every result's JSON):
// - TTFT: from the send to the first piece of content or reasoning text. A role-only or empty
//   chunk is not a token and never gets here (ChatStream emits no delta for it).
// - E2E: from the send to the last piece of text; the end of the stream ([DONE] or the close)
//   is recorded apart by the caller.
// - ITL: per token. The gap before a piece is split evenly over the tokens it carries, so a
//   3-token piece after 30 ms gives three 10 ms values; the raw gaps between pieces are a
//   separate distribution (chunkGaps()). The first piece's gap is TTFT, not ITL.
// - TPOT: (E2E - TTFT) / (output tokens - 1), for replies of two tokens or more.
//
// Tokens per piece: TokenEstimator's count of the piece's text, scaled so that the pieces add up
// to the reply's output tokens when the provider reported them (its usage counts what it sent).
class StreamTimeline
{
public:
    struct Gap
    {
        qint64 perTokenNs = 0;
        int tokens = 1;
    };

    // A piece of text arrived at atNs.
    void addPiece(qint64 atNs, QStringView text);
    void clear();

    int pieceCount() const { return int(m_times.size()); }
    std::optional<qint64> firstAtNs() const;
    std::optional<qint64> lastAtNs() const;
    // The estimated tokens of all pieces (before any scaling).
    qint64 estimatedTokens() const { return m_estimatedTotal; }

    // The gaps between pieces, each split over its tokens. outputTokens > 0 scales the pieces'
    // estimates to that total; 0 keeps the estimates.
    QList<Gap> interTokenGaps(qint64 outputTokens) const;
    // The raw gaps between consecutive pieces.
    QList<qint64> chunkGaps() const;
    // TPOT, (E2E - TTFT) / (outputTokens - 1): nullopt below two tokens.
    std::optional<qint64> timePerOutputToken(qint64 outputTokens) const;

private:
    QList<qint64> m_times;
    QList<qint64> m_tokens;
    qint64 m_estimatedTotal = 0;
};
