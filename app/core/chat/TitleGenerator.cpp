#include "chat/TitleGenerator.h"

#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "pricing/PriceTable.h"

#include <QRegularExpression>

namespace {

// Enough of the exchange to know its subject; the rest would only cost tokens.
constexpr qsizetype kExcerpt = 2000;

} // namespace

TitleGenerator::TitleGenerator(ProviderClient &client, const PriceTable &prices, ChatRequest base,
                               const QString &question, const QString &answer, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_prices(prices)
    , m_request(std::move(base))
{
    m_request.messages = {
        ChatMessage::system(QStringLiteral(
            "You name conversations. Reply with a title of at most six words, in the language of the conversation, "
            "with no quotes and no final punctuation.")),
        ChatMessage::user(QStringLiteral("Question:\n%1\n\nAnswer:\n%2")
                              .arg(question.left(kExcerpt), answer.left(kExcerpt))),
    };
    m_request.temperature = 0.3;
    m_request.topP.reset();
    m_request.maxTokens = 30;
}

TitleGenerator::~TitleGenerator()
{
    if (m_stream)
        m_stream->cancel();
}

QString TitleGenerator::clean(const QString &answer)
{
    QString title = answer.trimmed();
    title = title.section(u'\n', 0, 0).trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(title|標題|标题|ชื่อเรื่อง)\\s*[:：]\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression wrapping(QStringLiteral("^[\"'“”‘’「」『』*#`\\s]+|[\"'“”‘’「」『』*`\\s]+$"));
    // Models wrap titles in several layers ("**Title:** “…”。"): peel until nothing changes.
    for (QString before; before != title;) {
        before = title;
        title.remove(wrapping);
        title.remove(prefix);
        while (!title.isEmpty() && QStringLiteral(".。!！").contains(title.back()))
            title.chop(1);
    }
    return title.trimmed().left(80);
}

void TitleGenerator::start()
{
    m_stream = m_client.createChat(m_request, {}, this);
    connect(m_stream, &ChatStream::replyFinished, this, [this](const ChatResult &result) {
        m_stream->deleteLater();
        // A failed request may still have cost something if text arrived; no reply, no cost.
        const std::optional<CostEstimate> cost = result.state == ChatResult::State::Failed
            ? std::nullopt
            : std::optional<CostEstimate>(m_prices.costOf(result.stats, m_request.provider));
        Q_EMIT finished(result.isComplete() ? clean(result.content) : QString(), cost);
    });
    m_stream->start();
}
