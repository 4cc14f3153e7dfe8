#pragma once

#include "pricing/ModelPrice.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// The price table for one provider, editable: per million tokens input, cached input and output,
// the currency, and where and when each figure was read. A row changed here becomes an override
// ("edited in Tally", today's date) that wins over the bundled row; "Reset to bundled prices"
// drops this provider's overrides. Nothing is stored until the dialog applies.
class PriceEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit PriceEditor(QWidget *parent = nullptr);

    // All overrides, for every provider; the editor shows and edits one provider's at a time.
    void setOverrides(const QList<ModelPrice> &overrides);
    QList<ModelPrice> overrides() const { return m_overrides; }
    // Commits the shown rows first, then shows `provider`'s ("custom" for a custom profile).
    // `model` is what a new row starts with.
    bool showProvider(const QString &provider, const QString &model);
    // Commits the shown rows into overrides(); false (with a message under the table) if a cell is invalid.
    bool commit();

private:
    void fillTable();
    // Inserts at `row`, or appends when row < 0.
    void addRow(const ModelPrice &price, bool edited, int row = -1);
    void addPrice();
    // The selected row back to its bundled price, or gone if it has none.
    void undoSelected();
    void resetToBundled();

    QList<ModelPrice> m_bundled; // every bundled row
    QList<ModelPrice> m_overrides;
    QString m_provider;
    QString m_newModel;
    bool m_filling = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_error = nullptr;
};
