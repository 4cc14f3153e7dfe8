#pragma once

#include <compare>

// A place in the transcript's text: a character of one part (a laid-out piece) of one row.
// Ordered as the text reads, so a selection is the range between two positions.
struct TranscriptPosition
{
    int row = -1;
    int part = -1;
    int offset = 0;

    bool isValid() const { return row >= 0; }
    friend auto operator<=>(const TranscriptPosition &, const TranscriptPosition &) = default;
};
