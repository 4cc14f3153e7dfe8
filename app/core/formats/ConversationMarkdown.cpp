#include "formats/ConversationMarkdown.h"

#include "markdown/CodeFence.h"
#include "store/ConversationStore.h"

#include <QStringList>

namespace {

// The text as a Markdown block that cannot leak into what follows: trailing newlines dropped
// (the caller adds the blank line) and an open code fence closed, by the transcript's own
// CommonMark rules, because a reply cut off inside a code block would otherwise turn everything
// after it in the file into code.
QString closedBlock(const QString &text)
{
    QString block = text;
    while (block.endsWith(u'\n') || block.endsWith(u'\r'))
        block.chop(1);
    const QString closer = CodeFence::openCloserAtEnd(block);
    if (!closer.isEmpty())
        block += QLatin1Char('\n') + closer;
    return block;
}

QString blockquote(const QString &text)
{
    const QStringList lines = closedBlock(text).split(u'\n');
    QStringList quoted;
    quoted.reserve(lines.size());
    for (const QString &line : lines)
        quoted.append(line.isEmpty() ? QStringLiteral(">") : QString(QStringLiteral("> ") + line));
    return quoted.join(u'\n');
}

// Text that goes inside an italic line: emphasis, code and link characters are escaped so a
// model id such as "*-preview" cannot end the italics early.
QString inlineText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        if (QStringView(u"\\`*_[]<>").contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped.simplified();
}

QString duration(qint64 ms, const QLocale &locale)
{
    if (ms < 1000)
        return ConversationMarkdown::tr("%1 ms").arg(locale.toString(ms));
    return ConversationMarkdown::tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
}

QString roleHeading(Message::Role role)
{
    switch (role) {
    case Message::Role::System: return ConversationMarkdown::tr("System");
    case Message::Role::User: return ConversationMarkdown::tr("You");
    case Message::Role::Assistant: break;
    }
    return ConversationMarkdown::tr("Assistant");
}

// "⚠ Incomplete reply: ..." and the like, or empty for a complete message.
QString stateMark(const Message &message)
{
    const QString detail = message.errorMessage.isEmpty() ? message.errorKind : message.errorMessage;
    QString what;
    switch (message.state) {
    case Message::State::Complete: return QString();
    case Message::State::Streaming:
        what = ConversationMarkdown::tr("Still being received when exported");
        break;
    case Message::State::Incomplete:
        what = ConversationMarkdown::tr("Incomplete reply");
        break;
    case Message::State::Error: what = ConversationMarkdown::tr("Error"); break;
    case Message::State::Cancelled:
        what = ConversationMarkdown::tr("Stopped before the end");
        break;
    }
    QString mark = QStringLiteral("**⚠ ") + what + QStringLiteral("**");
    if (!detail.isEmpty())
        mark += QStringLiteral(": ") + inlineText(detail);
    return mark;
}

QString statsFooter(const Message &message, const QLocale &locale)
{
    QStringList parts;
    if (!message.model.isEmpty())
        parts.append(inlineText(message.model));
    if (const std::optional<MessageStats> &stats = message.stats) {
        const TokenUsage &usage = stats->usage;
        const QString prompt = locale.toString(usage.promptTokens);
        const QString completion = locale.toString(usage.completionTokens);
        parts.append(usage.isReported()
                         ? ConversationMarkdown::tr("%1 → %2 tokens (reported)")
                               .arg(prompt, completion)
                         : ConversationMarkdown::tr("≈ %1 → %2 tokens (estimated)")
                               .arg(prompt, completion));
        if (usage.cachedPromptTokens > 0) {
            parts.append(ConversationMarkdown::tr("%1 cached")
                             .arg(locale.toString(usage.cachedPromptTokens)));
        }
        if (usage.reasoningTokens > 0) {
            parts.append(ConversationMarkdown::tr("%1 reasoning")
                             .arg(locale.toString(usage.reasoningTokens)));
        }
        if (stats->ttftMs)
            parts.append(ConversationMarkdown::tr("TTFT %1").arg(duration(*stats->ttftMs, locale)));
        if (stats->totalMs)
            parts.append(ConversationMarkdown::tr("total %1").arg(duration(*stats->totalMs, locale)));
        if (stats->tokensPerSecond) {
            parts.append(ConversationMarkdown::tr("%1 tokens/s")
                             .arg(locale.toString(*stats->tokensPerSecond, 'f', 1)));
        }
        if (stats->attempts > 1)
            parts.append(ConversationMarkdown::tr("%n attempts", nullptr, stats->attempts));
    }
    if (const std::optional<CostEstimate> &cost = message.cost) {
        if (cost->isKnown()) {
            parts.append(ConversationMarkdown::tr("cost %1 (%2)")
                             .arg(cost->format(locale), cost->sourceWord()));
        } else {
            parts.append(ConversationMarkdown::tr("cost %1").arg(cost->format(locale)));
        }
    }
    // A bare model name is not a stats line; user messages carry the model too.
    if (!message.stats && !message.cost)
        return QString();
    return QLatin1Char('*') + parts.join(QStringLiteral(" · ")) + QLatin1Char('*');
}

} // namespace

QString ConversationMarkdown::toMarkdown(const ConversationDocument &doc, const QLocale &locale)
{
    const Conversation &conversation = doc.conversation;
    QStringList blocks;

    const QString title = conversation.title.simplified();
    blocks.append(QStringLiteral("# ")
                  + (title.isEmpty() ? ConversationMarkdown::tr("Untitled conversation")
                                     : title));

    QStringList facts;
    if (!conversation.model.isEmpty())
        facts.append(ConversationMarkdown::tr("Model: %1").arg(conversation.model));
    if (!conversation.profile.isEmpty())
        facts.append(ConversationMarkdown::tr("Profile: %1").arg(conversation.profile));
    if (conversation.temperature) {
        facts.append(ConversationMarkdown::tr("Temperature: %1")
                         .arg(locale.toString(*conversation.temperature, 'g', QLocale::FloatingPointShortest)));
    }
    if (conversation.createdAt.isValid()) {
        const QDateTime local = conversation.createdAt.toLocalTime();
        facts.append(ConversationMarkdown::tr("Created: %1")
                         .arg(locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
                              + locale.toString(local.time(), QLocale::ShortFormat)));
    }
    if (!facts.isEmpty())
        blocks.append(facts.join(QStringLiteral(" · ")));

    if (!conversation.systemPrompt.trimmed().isEmpty())
        blocks.append(blockquote(conversation.systemPrompt));

    // The conversation as it reads: of an edited question or a regenerated reply, the version
    // chosen (the JSON export keeps them all).
    for (const Message &message : ConversationStore::selectedPath(doc.messages)) {
        blocks.append(QStringLiteral("## ") + roleHeading(message.role));
        if (!message.reasoning.trimmed().isEmpty()) {
            // The blank lines around the text let Markdown renderers format it inside the HTML.
            blocks.append(QStringLiteral("<details><summary>")
                          + ConversationMarkdown::tr("Reasoning")
                          + QStringLiteral("</summary>"));
            blocks.append(closedBlock(message.reasoning));
            blocks.append(QStringLiteral("</details>"));
        }
        if (!message.content.trimmed().isEmpty())
            blocks.append(closedBlock(message.content));
        const QString mark = stateMark(message);
        if (!mark.isEmpty())
            blocks.append(mark);
        const QString footer = statsFooter(message, locale);
        if (!footer.isEmpty())
            blocks.append(footer);
    }
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}
