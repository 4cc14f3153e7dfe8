#pragma once

#include "settings/SettingsPage.h"

#include <QList>

class AppContext;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// Data & privacy: where the database is (and a way to open its folder), the opt-in response
// cache with its time to live and a Clear button, exporting every conversation at once, and the
// spending budgets (per conversation, day and month) that warn or stop sending.
class DataPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit DataPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) const override;

    // Each conversation as its own importable JSON file in `folder`; runs in steps, with progress.
    void exportAll(const QString &folder);

private:
    void clearCache();
    void showCacheCount();
    void exportNext();

    AppContext &m_context;
    QLabel *m_databasePath = nullptr;
    QPushButton *m_openFolder = nullptr;
    QCheckBox *m_cache = nullptr;
    QLineEdit *m_cacheTtl = nullptr;
    QLabel *m_cacheTtlError = nullptr;
    QPushButton *m_clearCache = nullptr;
    QLabel *m_cacheStatus = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exportStatus = nullptr;
    QLineEdit *m_budgetConversation = nullptr;
    QLineEdit *m_budgetDay = nullptr;
    QLineEdit *m_budgetMonth = nullptr;
    QLabel *m_budgetError = nullptr;
    QLineEdit *m_budgetCurrency = nullptr;
    QComboBox *m_budgetAction = nullptr;
    // The export in progress: what is left, where it goes, how far it got.
    QList<qint64> m_exportQueue;
    QString m_exportFolder;
    int m_exportTotal = 0;
    int m_exported = 0;
    QTimer *m_exportStep = nullptr;
};
