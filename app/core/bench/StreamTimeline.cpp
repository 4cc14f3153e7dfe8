#include "bench/StreamTimeline.h"

#include "domain/TokenEstimator.h"

#include <algorithm>
#include <cmath>

void StreamTimeline::addPiece(qint64 atNs, QStringView text)
{
    const qint64 tokens = std::max<qint64>(1, TokenEstimator::estimateText(text));
    if (m_times.isEmpty()) {
        m_times.reserve(32); // one allocation for a typical reply, not one per doubling
        m_tokens.reserve(32);
    }
    m_times.append(atNs);
    m_tokens.append(tokens);
    m_estimatedTotal += tokens;
}

void StreamTimeline::clear()
{
    m_times.clear();
    m_tokens.clear();
    m_estimatedTotal = 0;
}

std::optional<qint64> StreamTimeline::firstAtNs() const
{
    if (m_times.isEmpty())
        return std::nullopt;
    return m_times.first();
}

std::optional<qint64> StreamTimeline::lastAtNs() const
{
    if (m_times.isEmpty())
        return std::nullopt;
    return m_times.last();
}

QList<StreamTimeline::Gap> StreamTimeline::interTokenGaps(qint64 outputTokens) const
{
    QList<Gap> gaps;
    if (m_times.size() < 2)
        return gaps;
    const double scale = outputTokens > 0 && m_estimatedTotal > 0 ? double(outputTokens) / double(m_estimatedTotal) : 1.0;
    gaps.reserve(m_times.size() - 1);
    for (qsizetype i = 1; i < m_times.size(); ++i) {
        const int tokens = std::max(1, int(std::lround(double(m_tokens.at(i)) * scale)));
        gaps.append({(m_times.at(i) - m_times.at(i - 1)) / tokens, tokens});
    }
    return gaps;
}

QList<qint64> StreamTimeline::chunkGaps() const
{
    QList<qint64> gaps;
    for (qsizetype i = 1; i < m_times.size(); ++i)
        gaps.append(m_times.at(i) - m_times.at(i - 1));
    return gaps;
}

std::optional<qint64> StreamTimeline::timePerOutputToken(qint64 outputTokens) const
{
    if (outputTokens < 2 || m_times.isEmpty())
        return std::nullopt;
    return (m_times.last() - m_times.first()) / (outputTokens - 1);
}
