// libFuzzer target for the import parser: ConversationJson::fromJson(), which reads files
// people share (issue 13: an imported file is never trusted). Whatever the bytes, it must not
// crash, hang or accept a number the range checks refuse; and a document it accepts must export
// and import again to the same file (export -> import -> export is byte-identical, as
// docs/ARCHITECTURE.md promises), and export to Markdown and CSV without trouble.
#include "formats/ConversationJson.h"
#include "formats/ConversationMarkdown.h"
#include "formats/UsageCsv.h"

#include <QLocale>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// A larger file is refused at once; the cap keeps every input well inside -timeout.
constexpr size_t kMaxInputBytes = 256 * 1024;

bool inRange(double value, double min, double max)
{
    return value >= min && value <= max;
}

// What the range checks promise about anything fromJson() accepted.
bool numbersMakeSense(const ConversationDocument &document)
{
    if (document.conversation.temperature && !inRange(*document.conversation.temperature, 0, 2))
        return false;
    const auto costOk = [](const std::optional<CostEstimate> &cost) {
        return !cost || !cost->isKnown() || inRange(cost->amount(), 0, CostEstimate::kMaxAmount);
    };
    if (!costOk(document.conversation.titleCost))
        return false;
    for (const Message &message : document.messages) {
        if (!costOk(message.cost))
            return false;
        if (!message.stats)
            continue;
        const TokenUsage &usage = message.stats->usage;
        for (const qint64 tokens : {usage.promptTokens, usage.completionTokens, usage.cachedPromptTokens,
                                    usage.reasoningTokens}) {
            if (tokens < 0 || tokens > TokenUsage::kMaxTokens)
                return false;
        }
        if (message.stats->reportedCost && !inRange(*message.stats->reportedCost, 0, CostEstimate::kMaxAmount))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > kMaxInputBytes)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<ConversationDocument> document = ConversationJson::fromJson(bytes, &error);
    if (!document) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    if (!numbersMakeSense(*document))
        std::abort();

    const QByteArray exported = ConversationJson::toJson(*document);
    QString againError;
    const std::optional<ConversationDocument> again = ConversationJson::fromJson(exported, &againError);
    if (!again || ConversationJson::toJson(*again) != exported)
        std::abort(); // what Tally writes, Tally reads back the same
    (void)ConversationMarkdown::toMarkdown(*document, QLocale::c());
    (void)UsageCsv::toCsv({*document});
    return 0;
}
