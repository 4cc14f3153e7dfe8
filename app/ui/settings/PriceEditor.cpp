#include "settings/PriceEditor.h"

#include "common/Widgets.h"
#include "pricing/PriceTable.h"
#include "settings/NumberInput.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace {

enum Column { Model, Input, CachedInput, Output, Currency, Source, Date, ColumnCount };
constexpr int kEditedRole = Qt::UserRole;  // on the Model cell: the row differs from the bundled one
constexpr int kPatternRole = Qt::UserRole + 1; // on the Model cell: the id is a glob pattern

QString number(double value)
{
    // Enough digits for prices such as $0.028 per million without trailing noise.
    return QLocale().toString(value, 'g', 8);
}

std::optional<double> parsePrice(const QString &text)
{
    return NumberInput::amount(text, std::numeric_limits<double>::max());
}

} // namespace

PriceEditor::PriceEditor(QWidget *parent)
    : QWidget(parent)
    , m_bundled(PriceTable::bundled().entries())
{
    setObjectName(QStringLiteral("priceEditor"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("priceTable"));
    m_table->setAccessibleName(tr("Prices per million tokens"));
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Input"), tr("Cached input"), tr("Output"), tr("Currency"),
                                        tr("Source"), tr("Date")});
    m_table->horizontalHeader()->setSectionResizeMode(Model, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Source, QHeaderView::Interactive);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    m_add = Widgets::button(tr("Add a &price"), this, "addPrice");
    m_undo = Widgets::button(tr("&Undo my price"), this, "undoPrice");
    m_undo->setToolTip(tr("Back to the bundled price, or remove a price you added"));
    m_undo->setEnabled(false);
    m_reset = Widgets::button(tr("Reset to &bundled prices"), this, "resetPrices");
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("priceError"));
    m_error->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *hint = new QLabel(tr("Per million tokens, in the provider's currency. An empty cached-input price means "
                               "cached tokens cost the input price."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        const QSignalBlocker blocker(m_table);
        // Bold, as rows edited earlier are: what is the user's own price shows at a glance.
        QTableWidgetItem *model = m_table->item(item->row(), Model);
        model->setData(kEditedRole, true);
        QFont font = model->font();
        font.setBold(true);
        model->setFont(font);
        m_table->item(item->row(), Source)->setText(tr("Edited in Tally"));
        m_table->item(item->row(), Date)->setText(QDate::currentDate().toString(Qt::ISODate));
        if (item->row() == m_table->currentRow())
            m_undo->setEnabled(true);
        m_reset->setEnabled(true);
    });
    connect(m_add, &QPushButton::clicked, this, &PriceEditor::addPrice);
    connect(m_undo, &QPushButton::clicked, this, &PriceEditor::undoSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_undo->setEnabled(row >= 0 && m_table->item(row, Model) && m_table->item(row, Model)->data(kEditedRole).toBool());
    });
    connect(m_reset, &QPushButton::clicked, this, &PriceEditor::resetToBundled);
}

void PriceEditor::setOverrides(const QList<ModelPrice> &overrides)
{
    m_overrides = overrides;
    fillTable();
}

bool PriceEditor::showProvider(const QString &provider, const QString &model)
{
    if (!commit())
        return false;
    m_provider = provider.isEmpty() ? QStringLiteral("custom") : provider;
    m_newModel = model;
    fillTable();
    return true;
}

void PriceEditor::addRow(const ModelPrice &price, bool edited, int at)
{
    const int row = at < 0 ? m_table->rowCount() : at;
    m_table->insertRow(row);
    const auto cell = [&](int column, const QString &text, bool editable) {
        auto *item = new QTableWidgetItem(text);
        if (!editable)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, column, item);
        return item;
    };
    QTableWidgetItem *model = cell(Model, price.modelOrPattern(), edited && !price.isPattern());
    model->setData(kEditedRole, edited);
    model->setData(kPatternRole, price.isPattern());
    cell(Input, number(price.inputPrice()), true);
    cell(CachedInput, price.cachedInputPrice() ? number(*price.cachedInputPrice()) : QString(), true);
    cell(Output, number(price.outputPrice()), true);
    cell(Currency, price.currency(), true);
    cell(Source, price.source(), false)->setToolTip(price.note().isEmpty() ? price.source() : price.note());
    cell(Date, price.date().isValid() ? price.date().toString(Qt::ISODate) : QString(), false);
    if (edited) {
        QFont font = model->font();
        font.setBold(true);
        model->setFont(font);
    }
}

void PriceEditor::fillTable()
{
    m_filling = true;
    m_table->setRowCount(0);
    m_error->hide();
    const auto sameProvider = [this](const ModelPrice &price) {
        return price.provider().compare(m_provider, Qt::CaseInsensitive) == 0;
    };
    QList<ModelPrice> overrides;
    for (const ModelPrice &price : std::as_const(m_overrides)) {
        if (sameProvider(price))
            overrides << price;
    }
    for (const ModelPrice &bundled : std::as_const(m_bundled)) {
        if (!sameProvider(bundled))
            continue;
        const auto edited = std::find_if(overrides.begin(), overrides.end(),
                                         [&](const ModelPrice &price) { return price.hasSameKey(bundled); });
        if (edited != overrides.end()) {
            addRow(*edited, true);
            overrides.erase(edited);
        } else {
            addRow(bundled, false);
        }
    }
    for (const ModelPrice &price : std::as_const(overrides))
        addRow(price, true);
    m_table->resizeColumnsToContents();
    m_reset->setEnabled(std::any_of(m_overrides.cbegin(), m_overrides.cend(), sameProvider));
    m_filling = false;
}

bool PriceEditor::commit()
{
    if (m_provider.isEmpty())
        return true;
    QList<ModelPrice> edited;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *model = m_table->item(row, Model);
        if (!model->data(kEditedRole).toBool())
            continue;
        const QString id = model->text().trimmed();
        const auto input = parsePrice(m_table->item(row, Input)->text());
        const QString cachedText = m_table->item(row, CachedInput)->text().trimmed();
        const auto cached = cachedText.isEmpty() ? std::optional<double>() : parsePrice(cachedText);
        const auto output = parsePrice(m_table->item(row, Output)->text());
        const QString currency = m_table->item(row, Currency)->text().trimmed().toUpper();
        QString problem;
        if (id.isEmpty())
            problem = tr("Row %1: enter the model id.").arg(row + 1);
        else if (!input || !output || (!cachedText.isEmpty() && !cached))
            problem = tr("Row %1 (%2): prices are numbers of 0 or more, per million tokens.").arg(row + 1).arg(id);
        else if (!ModelPrice::isCurrencyCode(currency))
            problem = tr("Row %1 (%2): the currency is a three-letter code such as USD or CNY.").arg(row + 1).arg(id);
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            m_table->setCurrentCell(row, Model);
            return false;
        }
        ModelPrice price;
        price.setProvider(m_provider);
        if (model->data(kPatternRole).toBool())
            price.setPattern(id);
        else
            price.setModel(id);
        price.setInputPrice(*input);
        price.setCachedInputPrice(cached);
        price.setOutputPrice(*output);
        price.setCurrency(currency);
        price.setSource(m_table->item(row, Source)->text());
        price.setDate(QDate::fromString(m_table->item(row, Date)->text(), Qt::ISODate));
        // The model's window stays what the bundled row says; the table edits prices only.
        for (const ModelPrice &bundled : std::as_const(m_bundled)) {
            if (bundled.hasSameKey(price))
                price.setContextWindow(bundled.contextWindow());
        }
        edited << price;
    }
    m_overrides.removeIf([this](const ModelPrice &price) {
        return price.provider().compare(m_provider, Qt::CaseInsensitive) == 0;
    });
    m_overrides << edited;
    m_error->hide();
    return true;
}

void PriceEditor::addPrice()
{
    m_filling = true;
    ModelPrice price;
    price.setProvider(m_provider);
    price.setModel(m_newModel);
    price.setCurrency(QStringLiteral("USD"));
    price.setSource(tr("Edited in Tally"));
    price.setDate(QDate::currentDate());
    addRow(price, true);
    m_filling = false;
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, m_newModel.isEmpty() ? Model : Input);
    m_table->editItem(m_table->currentItem());
    m_reset->setEnabled(true);
}

void PriceEditor::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Model)->data(kEditedRole).toBool())
        return;
    ModelPrice key;
    key.setProvider(m_provider);
    const QString id = m_table->item(row, Model)->text().trimmed();
    if (m_table->item(row, Model)->data(kPatternRole).toBool())
        key.setPattern(id);
    else
        key.setModel(id);
    m_filling = true;
    m_table->removeRow(row);
    for (const ModelPrice &bundled : std::as_const(m_bundled)) {
        if (bundled.hasSameKey(key))
            addRow(bundled, false, row);
    }
    m_filling = false;
    m_undo->setEnabled(false);
}

void PriceEditor::resetToBundled()
{
    m_overrides.removeIf([this](const ModelPrice &price) {
        return price.provider().compare(m_provider, Qt::CaseInsensitive) == 0;
    });
    fillTable();
}
