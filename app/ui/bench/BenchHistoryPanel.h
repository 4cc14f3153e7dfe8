#pragma once

#include "bench/BenchResult.h"

#include <QList>
#include <QWidget>

#include <functional>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

// The benchmark history of Tools › Benchmark: every stored run (newest first), the selected
// ones side by side, and the selection exported as CSV or JSON or copied as a Markdown table.
class BenchHistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    // `database` may be null (no store): the panel then says so and keeps nothing.
    explicit BenchHistoryPanel(Database *database, QWidget *parent = nullptr);

    // Stores a finished or stopped run and shows it first; false (and says why) when it cannot.
    bool store(const BenchResult &result);
    void reload();
    int runCount() const;
    QList<BenchResult> selectedRuns() const;
    // Selects the rows at these positions (newest first), for the side-by-side view.
    void selectRows(const QList<int> &rows);

private:
    void showSelection();
    // Asks where to save (starting at ~/fileName) and writes what `bytes` makes there, saying
    // how that went.
    void exportFile(const QString &fileName, const QString &filter, const std::function<QByteArray()> &bytes);
    void exportCsv();
    void exportJson();
    void copyMarkdown();
    void setButtonsEnabled();

    Database *m_database = nullptr;
    QList<BenchResult> m_runs; // parallel to the list's rows
    QTreeWidget *m_list = nullptr;
    QTableWidget *m_sideBySide = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_copyMarkdown = nullptr;
};
