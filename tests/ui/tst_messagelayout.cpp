// One message's layout: a paint draws what is ready and never builds without bound; what the
// document cache let go is built again by measure(), in the view's budgeted layout pass.
#include "transcript/MessageLayout.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace {

Message reply()
{
    Message message;
    message.id = 7;
    message.role = Message::Role::Assistant;
    message.content = QStringLiteral("Some words before the code.\n\n```python\nx = 1\ny = x * 2\n```\n\n"
                                     "| key | value |\n|---|---|\n| a | 1 |\n");
    message.model = QStringLiteral("stepfun-v3");
    return message;
}

QImage painted(MessageLayout &layout, DocumentCache &cache, const QDeadlineTimer &deadline, bool *complete)
{
    QImage image(640, int(layout.height()) + 1, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    *complete = layout.paint(painter, QRectF(image.rect()), 0, {}, cache, deadline);
    return image;
}

} // namespace

class TstMessageLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aMeasuredPieceKeepsItsShapedGlyphs();
    void aDocumentTheCacheLetGoWaitsForMeasureOncePaintHasSpentItsBudget();
    void aPaintWithinItsBudgetBuildsWhatIsMissing();
    void anUnmeasuredPieceIsAPlaceholder();

private:
    TranscriptStyle m_style = TranscriptStyle::from(QPalette(), QFont());
    std::unique_ptr<MessageLayout> m_layout;
    DocumentCache m_cache;
};

void TstMessageLayout::init()
{
    m_cache.clear();
    m_layout = std::make_unique<MessageLayout>(reply(), m_style);
    m_layout->setWidth(600);
}

void TstMessageLayout::aMeasuredPieceKeepsItsShapedGlyphs()
{
    m_layout->measure(0, 1e9, m_cache);
    QVERIFY(m_layout->isReady(0, 1e9, m_cache));
    int documents = 0;
    for (int part = 0; part < m_layout->parts().size(); ++part) {
        QTextDocument *document = m_layout->document(part, m_cache);
        if (!document)
            continue;
        ++documents;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            QVERIFY2(block.layout()->cacheEnabled(), "the first paint would shape the text again");
    }
    QCOMPARE(documents, 3); // the prose, the code, the table
}

void TstMessageLayout::aDocumentTheCacheLetGoWaitsForMeasureOncePaintHasSpentItsBudget()
{
    m_layout->measure(0, 1e9, m_cache);
    bool complete = false;
    const QImage full = painted(*m_layout, m_cache, QDeadlineTimer(QDeadlineTimer::Forever), &complete);
    QVERIFY(complete);
    const qreal height = m_layout->height();

    m_cache.clear(); // as when the reader has scrolled far away and comes back
    QVERIFY(m_layout->isMeasured(0, 1e9));
    QVERIFY(!m_layout->isReady(0, 1e9, m_cache));
    const QImage placeholders = painted(*m_layout, m_cache, QDeadlineTimer(0), &complete);
    QVERIFY(!complete);
    QCOMPARE(m_cache.count(), 0); // nothing was built by that paint
    QVERIFY(placeholders != full);

    m_layout->measure(0, 1e9, m_cache);
    QVERIFY(m_layout->isReady(0, 1e9, m_cache));
    QCOMPARE(m_layout->height(), height);
    const QImage again = painted(*m_layout, m_cache, QDeadlineTimer(0), &complete);
    QVERIFY(complete);
    QCOMPARE(again, full);
}

void TstMessageLayout::aPaintWithinItsBudgetBuildsWhatIsMissing()
{
    m_layout->measure(0, 1e9, m_cache);
    bool complete = false;
    const QImage full = painted(*m_layout, m_cache, QDeadlineTimer(QDeadlineTimer::Forever), &complete);
    m_cache.clear();
    // A window shown again, a theme change: no flash of placeholders when there is time.
    const QImage again = painted(*m_layout, m_cache, QDeadlineTimer(QDeadlineTimer::Forever), &complete);
    QVERIFY(complete);
    QCOMPARE(again, full);
}

void TstMessageLayout::anUnmeasuredPieceIsAPlaceholder()
{
    QVERIFY(!m_layout->isMeasured(0, 1e9));
    bool complete = true;
    painted(*m_layout, m_cache, QDeadlineTimer(QDeadlineTimer::Forever), &complete);
    QVERIFY(!complete);
    QCOMPARE(m_cache.count(), 0);
}

QTEST_MAIN(TstMessageLayout)
#include "tst_messagelayout.moc"
