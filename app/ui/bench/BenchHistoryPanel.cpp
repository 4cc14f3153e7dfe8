#include "bench/BenchHistoryPanel.h"

#include "bench/BenchExport.h"
#include "bench/BenchReport.h"
#include "common/FileDialogs.h"
#include "common/Widgets.h"
#include "store/BenchmarkStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

BenchHistoryPanel::BenchHistoryPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("benchHistoryList"));
    m_list->setAccessibleName(tr("Past benchmark runs"));
    m_list->setHeaderLabels({tr("When"), tr("Model"), tr("Endpoint"), tr("Load"), tr("req/s"), tr("P50"), tr("Errors"),
                             tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sideBySide = new QTableWidget(this);
    m_sideBySide->setObjectName(QStringLiteral("benchCompareTable"));
    m_sideBySide->setAccessibleName(tr("Selected runs side by side"));
    m_sideBySide->verticalHeader()->hide();
    m_sideBySide->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sideBySide->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status = Widgets::statusLabel(this, "benchHistoryStatus");
    m_exportCsv = Widgets::button(tr("Export &CSV…"), this, "benchExportCsv");
    m_exportJson = Widgets::button(tr("Export &JSON…"), this, "benchExportJson");
    m_copyMarkdown = Widgets::button(tr("Copy as &Markdown"), this, "benchCopyMarkdown");

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportJson);
    buttons->addWidget(m_copyMarkdown);
    buttons->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_sideBySide);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Select two runs to see them side by side."), this));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BenchHistoryPanel::showSelection);
    connect(m_exportCsv, &QPushButton::clicked, this, &BenchHistoryPanel::exportCsv);
    connect(m_exportJson, &QPushButton::clicked, this, &BenchHistoryPanel::exportJson);
    connect(m_copyMarkdown, &QPushButton::clicked, this, &BenchHistoryPanel::copyMarkdown);
    reload();
}

bool BenchHistoryPanel::store(const BenchResult &result)
{
    if (!m_database) {
        m_status->setText(tr("The conversation database is not open, so this run is not kept."));
        return false;
    }
    BenchmarkRun run;
    run.createdAt = result.startedAt;
    run.profile = result.profile;
    run.host = result.host;
    run.model = result.model;
    run.complete = result.isComplete();
    run.summary = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    StoreError error;
    if (!BenchmarkStore(*m_database).add(run, &error)) {
        m_status->setText(tr("The run could not be stored: %1").arg(error.message()));
        return false;
    }
    reload();
    return true;
}

void BenchHistoryPanel::reload()
{
    m_list->clear();
    m_runs.clear();
    if (!m_database) {
        m_status->setText(tr("The conversation database is not open, so there is no history."));
        setButtonsEnabled();
        return;
    }
    const QLocale locale;
    StoreError error;
    for (const BenchmarkRun &run : BenchmarkStore(*m_database).list(500, &error)) {
        const std::optional<BenchResult> result = BenchResult::fromJson(QJsonDocument::fromJson(run.summary).object());
        if (!result)
            continue; // written by a later Tally: left alone
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(run.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, result->model);
        item->setText(2, result->host);
        item->setText(3, result->loadLabel());
        item->setText(4, locale.toString(result->requestsPerSecond(), 'f', 1));
        item->setText(5, result->e2e.isEmpty() ? QStringLiteral("–") : BenchReport::duration(result->e2e.percentile(50)));
        item->setText(6, locale.toString(result->errorRate() * 100, 'f', 2) + QStringLiteral(" %"));
        item->setText(7, result->stopLabel());
        m_runs.append(*result);
    }
    if (error.isError())
        m_status->setText(error.message());
    showSelection();
}

int BenchHistoryPanel::runCount() const
{
    return int(m_runs.size());
}

QList<BenchResult> BenchHistoryPanel::selectedRuns() const
{
    QList<BenchResult> selected;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->isSelected())
            selected.append(m_runs.at(row));
    }
    return selected;
}

void BenchHistoryPanel::selectRows(const QList<int> &rows)
{
    m_list->clearSelection();
    for (int row : rows) {
        if (QTreeWidgetItem *item = m_list->topLevelItem(row))
            item->setSelected(true);
    }
}

void BenchHistoryPanel::showSelection()
{
    const QList<BenchResult> selected = selectedRuns();
    m_sideBySide->clear();
    m_sideBySide->setRowCount(0);
    m_sideBySide->setColumnCount(0);
    setButtonsEnabled();
    if (selected.isEmpty())
        return;
    // The union of the runs' rows, in the order they first appear, one column per run.
    QStringList keys;
    QStringList labels;
    QList<QHash<QString, QString>> values;
    for (const BenchResult &result : selected) {
        QHash<QString, QString> byKey;
        for (const BenchReport::Row &row : BenchReport::rows(result)) {
            byKey.insert(row.key, row.value);
            if (!keys.contains(row.key)) {
                keys << row.key;
                labels << row.metric;
            }
        }
        values.append(byKey);
    }
    m_sideBySide->setColumnCount(int(selected.size()) + 1);
    QStringList header{tr("Metric")};
    for (const BenchResult &result : selected) {
        // On lines of their own, so that two runs fit side by side without scrolling.
        header << QStringList{result.model, result.host, result.loadLabel(),
                              QLocale().toString(result.startedAt.toLocalTime(), QLocale::ShortFormat)}
                      .join(u'\n');
    }
    m_sideBySide->setHorizontalHeaderLabels(header);
    m_sideBySide->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        m_sideBySide->setItem(row, 0, new QTableWidgetItem(labels.at(row)));
        for (int column = 0; column < values.size(); ++column)
            m_sideBySide->setItem(row, column + 1, new QTableWidgetItem(values.at(column).value(keys.at(row), QStringLiteral("–"))));
    }
}

void BenchHistoryPanel::setButtonsEnabled()
{
    const bool any = !m_list->selectedItems().isEmpty();
    for (QPushButton *button : {m_exportCsv, m_exportJson, m_copyMarkdown})
        button->setEnabled(any);
}

void BenchHistoryPanel::exportFile(const QString &fileName, const QString &filter,
                                   const std::function<QByteArray()> &bytes)
{
    const QString path = FileDialogs::saveFileName(this, tr("Export benchmark runs"), QDir::home().filePath(fileName),
                                                   filter);
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(BenchExport::writeFile(path, bytes(), &error)
                          ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                          : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void BenchHistoryPanel::exportCsv()
{
    exportFile(QStringLiteral("tally-bench.csv"), tr("CSV files (*.csv)"),
               [this] { return BenchExport::csv(selectedRuns()); });
}

void BenchHistoryPanel::exportJson()
{
    exportFile(QStringLiteral("tally-bench.json"), tr("JSON files (*.json)"), [this] {
        const QList<BenchResult> selected = selectedRuns();
        if (selected.size() == 1)
            return BenchExport::json(selected.first());
        QJsonArray runs;
        for (const BenchResult &result : selected)
            runs.append(result.toJson());
        return QJsonDocument(runs).toJson(QJsonDocument::Indented);
    });
}

void BenchHistoryPanel::copyMarkdown()
{
    QApplication::clipboard()->setText(BenchReport::markdown(selectedRuns()));
    m_status->setText(tr("Copied as a Markdown table."));
}
