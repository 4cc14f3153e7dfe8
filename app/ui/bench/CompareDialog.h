#pragma once

#include "settings/ProviderProfile.h"

#include <QDialog>
#include <QList>

class AppContext;
class CompareColumnView;
class CompareRun;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

// Tools › Compare: one prompt to two to four models (any profiles) at once, the answers
// streaming side by side, each with TTFT, total time, tokens/s, tokens and cost; a failing one
// shows its error while the others finish. "Continue with this one" makes that answer a
// conversation (CompareRun::adopt) and emits conversationCreated() so the window can open it.
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(AppContext &context, QWidget *parent = nullptr);
    ~CompareDialog() override;

    // Sets the models to compare (at most four), replacing the rows; for tests and presets.
    void setEntries(const QList<QPair<QString, QString>> &profileAndModel);
    bool isRunning() const;

Q_SIGNALS:
    void conversationCreated(qint64 conversationId);

private:
    struct EntryRow
    {
        QWidget *row = nullptr;
        QComboBox *profile = nullptr;
        QComboBox *model = nullptr;
    };

    void addRow(const QString &profileName = QString(), const QString &model = QString());
    void removeRow(QWidget *row);
    void updateButtons();
    void send();
    void onColumnFinished(int column);
    void continueWith(int column);

    AppContext &m_context;
    CompareRun *m_run = nullptr;
    QList<ProviderProfile> m_profiles;
    QString m_defaultProfile;
    QList<EntryRow> m_rows;
    QPlainTextEdit *m_prompt = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QList<CompareColumnView *> m_columns;
};
