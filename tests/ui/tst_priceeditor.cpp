// PriceEditor on its own, offscreen: one provider's bundled rows; an edited cell becomes an
// override ("Edited in Tally", today) that commit() hands out; bad cells are explained and keep
// the provider shown; Undo and Reset go back to the bundled prices; numbers in the user's locale.
#include "pricing/PriceTable.h"
#include "settings/PriceEditor.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace {

enum Column { Model, Input, CachedInput, Output, Currency, Source, Date };

int rowOf(const QTableWidget *table, const QString &model)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, Model)->text() == model)
            return row;
    }
    return -1;
}

ModelPrice price(const QString &provider, const QString &model, double input, double output)
{
    ModelPrice row;
    row.setProvider(provider);
    row.setModel(model);
    row.setInputPrice(input);
    row.setOutputPrice(output);
    row.setCurrency(QStringLiteral("USD"));
    row.setSource(QStringLiteral("Edited in Tally"));
    row.setDate(QDate(2026, 1, 2));
    return row;
}

} // namespace

class TstPriceEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheBundledRowsOfOneProvider();
    void anEditedCellBecomesAnOverride();
    void numbersAreReadAndShownInTheUsersLocale();
    void badCellsAreExplained_data();
    void badCellsAreExplained();
    void anEmptyCachedPriceMeansTheInputPrice();
    void anAddedPriceIsKeptAndUndoRemovesIt();
    void undoPutsTheBundledPriceBack();
    void resetDropsOnlyThisProvidersOverrides();
    void switchingProviderCommitsFirstAndWaitsForABadCell();

private:
    PriceEditor *m_editor = nullptr;
    QTableWidget *m_table = nullptr;
    template<typename T>
    T *child(const char *name) const
    {
        return m_editor->findChild<T *>(QLatin1String(name));
    }
    void edit(int row, int column, const QString &text) { m_table->item(row, column)->setText(text); }
};

void TstPriceEditor::init()
{
    m_editor = new PriceEditor;
    m_editor->show();
    m_table = child<QTableWidget>("priceTable");
    QVERIFY(m_table);
}

void TstPriceEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    QLocale::setDefault(QLocale::c());
}

void TstPriceEditor::showsTheBundledRowsOfOneProvider()
{
    QVERIFY(m_editor->showProvider(QStringLiteral("deepseek"), QStringLiteral("deepseek-chat")));
    int bundled = 0;
    for (const ModelPrice &row : PriceTable::bundled().entries())
        bundled += row.provider() == u"deepseek" ? 1 : 0;
    QVERIFY(bundled >= 2);
    QCOMPARE(m_table->rowCount(), bundled);
    const int row = rowOf(m_table, QStringLiteral("deepseek-chat"));
    QVERIFY(row >= 0);
    QCOMPARE(m_table->item(row, Input)->text(), QStringLiteral("0.28"));
    QCOMPARE(m_table->item(row, CachedInput)->text(), QStringLiteral("0.028"));
    QCOMPARE(m_table->item(row, Output)->text(), QStringLiteral("0.42"));
    QCOMPARE(m_table->item(row, Currency)->text(), QStringLiteral("USD"));
    // Where a figure was read is not the user's to change; a bundled model id neither.
    QVERIFY(!(m_table->item(row, Source)->flags() & Qt::ItemIsEditable));
    QVERIFY(!(m_table->item(row, Model)->flags() & Qt::ItemIsEditable));
    QVERIFY(m_table->item(row, Input)->flags() & Qt::ItemIsEditable);
    QVERIFY(!child<QPushButton>("resetPrices")->isEnabled());
    QVERIFY(m_editor->commit());
    QVERIFY(m_editor->overrides().isEmpty()); // nothing changed, nothing to store
}

void TstPriceEditor::anEditedCellBecomesAnOverride()
{
    QVERIFY(m_editor->showProvider(QStringLiteral("deepseek"), QString()));
    const int row = rowOf(m_table, QStringLiteral("deepseek-chat"));
    m_table->setCurrentCell(row, Output);
    edit(row, Output, QStringLiteral("0.5"));
    QCOMPARE(m_table->item(row, Source)->text(), QStringLiteral("Edited in Tally"));
    QCOMPARE(m_table->item(row, Date)->text(), QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(m_table->item(row, Model)->font().bold());
    QVERIFY(child<QPushButton>("undoPrice")->isEnabled());
    QVERIFY(child<QPushButton>("resetPrices")->isEnabled());
    QVERIFY(m_editor->commit());
    const QList<ModelPrice> overrides = m_editor->overrides();
    QCOMPARE(overrides.size(), 1);
    const ModelPrice &edited = overrides.first();
    QCOMPARE(edited.provider(), QStringLiteral("deepseek"));
    QCOMPARE(edited.model(), QStringLiteral("deepseek-chat"));
    QCOMPARE(edited.inputPrice(), 0.28);
    QCOMPARE(edited.cachedInputPrice(), std::optional<double>(0.028));
    QCOMPARE(edited.outputPrice(), 0.5);
    QCOMPARE(edited.currency(), QStringLiteral("USD"));
    QCOMPARE(edited.date(), QDate::currentDate());
    QCOMPARE(edited.contextWindow(), std::optional<qint64>(128000)); // the table edits prices only
}

void TstPriceEditor::numbersAreReadAndShownInTheUsersLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(m_editor->showProvider(QStringLiteral("deepseek"), QString()));
    const int row = rowOf(m_table, QStringLiteral("deepseek-chat"));
    QCOMPARE(m_table->item(row, Input)->text(), QStringLiteral("0,28"));
    edit(row, Input, QStringLiteral(" 0,5 "));
    edit(row, Output, QStringLiteral("0.75")); // a dot works too, whatever the locale writes
    QVERIFY(m_editor->commit());
    QCOMPARE(m_editor->overrides().first().inputPrice(), 0.5);
    QCOMPARE(m_editor->overrides().first().outputPrice(), 0.75);
}

void TstPriceEditor::badCellsAreExplained_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("input not a number") << int(Input) << QStringLiteral("abc") << QStringLiteral("numbers of 0 or more");
    QTest::newRow("output negative") << int(Output) << QStringLiteral("-1") << QStringLiteral("numbers of 0 or more");
    QTest::newRow("cached input not a number") << int(CachedInput) << QStringLiteral("x") << QStringLiteral("numbers of 0 or more");
    QTest::newRow("currency too short") << int(Currency) << QStringLiteral("US") << QStringLiteral("three-letter code");
}

void TstPriceEditor::badCellsAreExplained()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, says);
    QVERIFY(m_editor->showProvider(QStringLiteral("deepseek"), QString()));
    const int row = rowOf(m_table, QStringLiteral("deepseek-reasoner"));
    m_table->setCurrentCell(0, Model);
    edit(row, column, text);
    auto *error = child<QLabel>("priceError");
    QVERIFY(error->isHidden());
    QVERIFY(!m_editor->commit());
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("Row %1 (deepseek-reasoner)").arg(row + 1)), qPrintable(error->text()));
    QVERIFY2(error->text().contains(says), qPrintable(error->text()));
    QCOMPARE(m_table->currentRow(), row); // the bad row is the one selected
    QVERIFY(m_editor->overrides().isEmpty());
}

void TstPriceEditor::anEmptyCachedPriceMeansTheInputPrice()
{
    QVERIFY(m_editor->showProvider(QStringLiteral("deepseek"), QString()));
    const int row = rowOf(m_table, QStringLiteral("deepseek-chat"));
    edit(row, CachedInput, QStringLiteral("  "));
    edit(row, Currency, QStringLiteral("cny"));
    QVERIFY(m_editor->commit());
    QVERIFY(!m_editor->overrides().first().cachedInputPrice().has_value());
    QCOMPARE(m_editor->overrides().first().currency(), QStringLiteral("CNY"));
}

void TstPriceEditor::anAddedPriceIsKeptAndUndoRemovesIt()
{
    // An empty provider is a custom profile's: it has no bundled rows.
    QVERIFY(m_editor->showProvider(QString(), QStringLiteral("my-model")));
    QCOMPARE(m_table->rowCount(), 0);
    QTest::mouseClick(child<QPushButton>("addPrice"), Qt::LeftButton);
    QCOMPARE(m_table->rowCount(), 1);
    QCOMPARE(m_table->item(0, Model)->text(), QStringLiteral("my-model"));
    QVERIFY(m_table->item(0, Model)->flags() & Qt::ItemIsEditable); // an added row's model can be changed
    QCOMPARE(m_table->currentColumn(), int(Input)); // the model is known, so the price is next
    edit(0, Input, QStringLiteral("1"));
    edit(0, Output, QStringLiteral("2"));
    QVERIFY(m_editor->commit());
    QCOMPARE(m_editor->overrides().size(), 1);
    QCOMPARE(m_editor->overrides().first().provider(), QStringLiteral("custom"));
    QCOMPARE(m_editor->overrides().first().model(), QStringLiteral("my-model"));
    QCOMPARE(m_editor->overrides().first().outputPrice(), 2.0);

    m_table->setCurrentCell(0, Input);
    QTest::mouseClick(child<QPushButton>("undoPrice"), Qt::LeftButton);
    QCOMPARE(m_table->rowCount(), 0); // no bundled row to go back to
    QVERIFY(m_editor->commit());
    QVERIFY(m_editor->overrides().isEmpty());

    // An added row without a model id is explained, not stored.
    QTest::mouseClick(child<QPushButton>("addPrice"), Qt::LeftButton);
    edit(0, Model, QString());
    QVERIFY(!m_editor->commit());
    QVERIFY(child<QLabel>("priceError")->text().contains(QLatin1String("model id")));
}

void TstPriceEditor::undoPutsTheBundledPriceBack()
{
    m_editor->setOverrides({price(QStringLiteral("deepseek"), QStringLiteral("deepseek-chat"), 9, 9)});
    QVERIFY(m_editor->showProvider(QStringLiteral("deepseek"), QString()));
    const int row = rowOf(m_table, QStringLiteral("deepseek-chat"));
    QCOMPARE(m_table->item(row, Input)->text(), QStringLiteral("9")); // the override wins
    QVERIFY(m_table->item(row, Model)->font().bold());
    m_table->setCurrentCell(row, Input);
    auto *undo = child<QPushButton>("undoPrice");
    QVERIFY(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(m_table->item(rowOf(m_table, QStringLiteral("deepseek-chat")), Input)->text(), QStringLiteral("0.28"));
    QVERIFY(!m_table->item(rowOf(m_table, QStringLiteral("deepseek-chat")), Model)->font().bold());
    QVERIFY(!undo->isEnabled());
    QVERIFY(m_editor->commit());
    QVERIFY(m_editor->overrides().isEmpty());
}

void TstPriceEditor::resetDropsOnlyThisProvidersOverrides()
{
    const ModelPrice openai = price(QStringLiteral("openai"), QStringLiteral("gpt-x"), 1, 2);
    m_editor->setOverrides({price(QStringLiteral("deepseek"), QStringLiteral("deepseek-chat"), 9, 9),
                            price(QStringLiteral("deepseek"), QStringLiteral("deepseek-new"), 3, 4), openai});
    QVERIFY(m_editor->showProvider(QStringLiteral("deepseek"), QString()));
    QVERIFY(rowOf(m_table, QStringLiteral("deepseek-new")) >= 0); // a row only the user has
    auto *reset = child<QPushButton>("resetPrices");
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(rowOf(m_table, QStringLiteral("deepseek-new")), -1);
    QCOMPARE(m_table->item(rowOf(m_table, QStringLiteral("deepseek-chat")), Input)->text(), QStringLiteral("0.28"));
    QVERIFY(!reset->isEnabled());
    QVERIFY(m_editor->commit());
    QCOMPARE(m_editor->overrides(), QList<ModelPrice>{openai});
}

void TstPriceEditor::switchingProviderCommitsFirstAndWaitsForABadCell()
{
    QVERIFY(m_editor->showProvider(QStringLiteral("deepseek"), QString()));
    const int row = rowOf(m_table, QStringLiteral("deepseek-chat"));
    edit(row, Input, QStringLiteral("abc"));
    // The typing stays on screen until it is fixed.
    QVERIFY(!m_editor->showProvider(QStringLiteral("holysheep"), QString()));
    QVERIFY(rowOf(m_table, QStringLiteral("deepseek-chat")) >= 0);
    QCOMPARE(m_table->item(row, Input)->text(), QStringLiteral("abc"));
    edit(row, Input, QStringLiteral("0.3"));
    QVERIFY(m_editor->showProvider(QStringLiteral("holysheep"), QString()));
    QCOMPARE(rowOf(m_table, QStringLiteral("deepseek-chat")), -1);
    QVERIFY(rowOf(m_table, QStringLiteral("stepfun-v3")) >= 0);
    QCOMPARE(m_editor->overrides().size(), 1);
    QCOMPARE(m_editor->overrides().first().inputPrice(), 0.3);
    // And back: the edit is shown again, as an override.
    QVERIFY(m_editor->showProvider(QStringLiteral("deepseek"), QString()));
    QCOMPARE(m_table->item(rowOf(m_table, QStringLiteral("deepseek-chat")), Input)->text(), QStringLiteral("0.3"));
}

QTEST_MAIN(TstPriceEditor)
#include "tst_priceeditor.moc"
