// One message's layout: a paint draws what is ready and never builds without bound; what the
// document cache let go is built again by measure(), in the view's budgeted layout pass.
#include "markdown/MarkdownSegmenter.h"
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
    void aCodeBlockInPartsIsDrawnAsOneBlock();

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

void TstMessageLayout::aCodeBlockInPartsIsDrawnAsOneBlock()
{
    // A block long enough for three parts: where two parts meet there is neither a frame edge
    // nor padding, only the block's background with its side edges going on, and the lines keep
    // their spacing.
    Message message = reply();
    QString code;
    for (int i = 0; i < 2 * MarkdownSegmenter::kMaxCodeLines + 10; ++i)
        code += QStringLiteral("v%1 = %1\n").arg(i);
    message.content = QStringLiteral("```python\n") + code + QStringLiteral("```\n");
    MessageLayout layout(message, m_style);
    layout.setWidth(600);
    layout.measure(0, 1e9, m_cache);
    QList<int> codeParts;
    for (int i = 0; i < layout.parts().size(); ++i) {
        if (layout.parts().at(i).kind == MessageLayout::PartKind::Code)
            codeParts.append(i);
    }
    QCOMPARE(codeParts.size(), 3);
    bool complete = false;
    const QImage image = painted(layout, m_cache, QDeadlineTimer(QDeadlineTimer::Forever), &complete);
    QVERIFY(complete);
    const int inside = 300; // right of the code text, inside the frame
    for (int i = 1; i < codeParts.size(); ++i) {
        const MessageLayout::Part &above = layout.parts().at(codeParts.at(i - 1));
        const MessageLayout::Part &below = layout.parts().at(codeParts.at(i));
        QCOMPARE(below.top, above.top + above.height);
        for (int y = int(below.top) - 3; y <= int(below.top) + 3; ++y) {
            QCOMPARE(image.pixelColor(inside, y).rgba(), m_style.codeBackground.rgba());
            QCOMPARE(image.pixelColor(0, y).rgba(), m_style.codeBorder.rgba());
        }
        // Line tops: the first two lines of the part above, its last, and the first below.
        const int upper = codeParts.at(i - 1);
        const QString upperText = layout.textOf(upper, 0, layout.textLength(upper, m_cache), m_cache);
        const qreal step = layout.yOf(upper, int(upperText.indexOf(u'\n')) + 1, m_cache) - layout.yOf(upper, 0, m_cache);
        QVERIFY(step > 0);
        const qreal lastLine = layout.yOf(upper, int(upperText.lastIndexOf(u'\n')) + 1, m_cache);
        const qreal gap = layout.yOf(codeParts.at(i), 0, m_cache) - lastLine;
        QVERIFY2(qAbs(gap - step) < 1, qPrintable(QStringLiteral("lines %1 apart across parts, %2 inside one").arg(gap).arg(step)));
    }
    // The frame still closes below the last part.
    const MessageLayout::Part &last = layout.parts().at(codeParts.constLast());
    bool edge = false;
    for (int y = int(last.top + last.height) - 3; y <= int(last.top + last.height) + 1; ++y)
        edge = edge || image.pixelColor(inside, y).rgba() == m_style.codeBorder.rgba();
    QVERIFY(edge);
}

QTEST_MAIN(TstMessageLayout)
#include "tst_messagelayout.moc"
