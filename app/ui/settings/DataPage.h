#pragma once

#include "settings/SettingsPage.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

// Data & privacy: where the database is (and a way to open its folder), the opt-in response
// cache with its time to live and a Clear button (the cache is emptied when the dialog applies),
// exporting every conversation at once (at once: it only reads), and the spending budgets (per
// conversation, day and month) that warn or stop sending.
class DataPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit DataPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) override;

    // Each conversation as its own importable JSON file in `folder`; runs in steps, with progress.
    void exportAll(const QString &folder);

private:
    QGroupBox *buildStorageBox();
    QGroupBox *buildCacheBox();
    QGroupBox *buildBudgetBox();
    void connectActions();
    void clearCacheNow();
    void showCacheCount();
    void exportNext();

    QLabel *m_databasePath = nullptr;
    QPushButton *m_openFolder = nullptr;
    QCheckBox *m_cache = nullptr;
    QSpinBox *m_cacheTtl = nullptr;
    QPushButton *m_clearCache = nullptr;
    bool m_clearPending = false;
    QLabel *m_cacheStatus = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exportStatus = nullptr;
    QDoubleSpinBox *m_budgetConversation = nullptr;
    QDoubleSpinBox *m_budgetDay = nullptr;
    QDoubleSpinBox *m_budgetMonth = nullptr;
    QLineEdit *m_budgetCurrency = nullptr;
    QLabel *m_budgetCurrencyError = nullptr;
    QComboBox *m_budgetAction = nullptr;
    // The export in progress: what is left, where it goes, how far it got.
    QList<qint64> m_exportQueue;
    QString m_exportFolder;
    int m_exportTotal = 0;
    int m_exported = 0;
    QTimer *m_exportStep = nullptr;
};
