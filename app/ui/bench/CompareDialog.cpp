#include "bench/CompareDialog.h"

#include "app/AppContext.h"
#include "bench/CompareColumnView.h"
#include "chat/CompareRun.h"
#include "common/Widgets.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CompareDialog::CompareDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_run(new CompareRun(context.client(), context.keys(), context.prices(), this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare"));
    const ProfileList profiles = ProfileList::load(context.settings());
    m_profiles = profiles.profiles();
    m_defaultProfile = profiles.defaultName();

    m_prompt = new QPlainTextEdit(this);
    m_prompt->setObjectName(QStringLiteral("comparePrompt"));
    m_prompt->setAccessibleName(tr("Prompt to send to every model"));
    m_prompt->setPlaceholderText(tr("One prompt, sent to every model below"));
    m_prompt->setMaximumHeight(m_prompt->fontMetrics().lineSpacing() * 4 + 12);
    m_add = Widgets::button(tr("&Add a model"), this, "compareAddModel");
    m_send = Widgets::button(tr("&Send to all"), this, "compareSend");
    m_send->setDefault(true);
    m_stop = Widgets::button(tr("S&top"), this, "compareStop");
    m_stop->setEnabled(false);
    m_status = Widgets::statusLabel(this, "compareStatus");

    m_rowsLayout = new QVBoxLayout;
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addStretch();
    actions->addWidget(m_send);
    actions->addWidget(m_stop);
    m_columnsLayout = new QHBoxLayout;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addLayout(m_columnsLayout, 1);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_send, &QPushButton::clicked, this, &CompareDialog::send);
    connect(m_stop, &QPushButton::clicked, m_run, &CompareRun::stop);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompareDialog::reject);
    connect(m_run, &CompareRun::columnText, this, [this](int column, const QString &text) {
        if (column < m_columns.size())
            m_columns.at(column)->appendText(text);
    });
    connect(m_run, &CompareRun::columnFinished, this, &CompareDialog::onColumnFinished);
    connect(m_run, &CompareRun::finished, this, [this] {
        m_status->setText(tr("All answers are in."));
        updateButtons();
    });
    addRow();
    addRow();
    resize(1100, 680);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::setEntries(const QList<QPair<QString, QString>> &profileAndModel)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().row);
    for (const auto &[profile, model] : profileAndModel.mid(0, CompareRun::kMaxColumns))
        addRow(profile, model);
}

void CompareDialog::addRow(const QString &profileName, const QString &model)
{
    if (m_rows.size() >= CompareRun::kMaxColumns)
        return;
    const int index = int(m_rows.size());
    EntryRow entry;
    entry.row = new QWidget(this);
    entry.profile = new QComboBox(entry.row);
    entry.profile->setObjectName(QStringLiteral("compareProfile%1").arg(index));
    entry.profile->setAccessibleName(tr("Profile %1").arg(index + 1));
    entry.model = new QComboBox(entry.row);
    entry.model->setObjectName(QStringLiteral("compareModel%1").arg(index));
    entry.model->setAccessibleName(tr("Model %1").arg(index + 1));
    entry.model->setEditable(true);
    entry.model->setMinimumContentsLength(20);
    auto *remove = new QPushButton(tr("Remove"), entry.row);
    remove->setObjectName(QStringLiteral("compareRemove%1").arg(index));
    for (const ProviderProfile &profile : std::as_const(m_profiles))
        entry.profile->addItem(profile.name);
    if (!profileName.isEmpty()) {
        entry.profile->setCurrentIndex(std::max(0, entry.profile->findText(profileName, Qt::MatchFixedString)));
    } else if (m_rows.isEmpty()) {
        entry.profile->setCurrentIndex(std::max(0, entry.profile->findText(m_defaultProfile, Qt::MatchFixedString)));
    } else if (!m_profiles.isEmpty()) {
        // A new row offers the profile after the last row's: comparing a model with itself is rarely meant.
        entry.profile->setCurrentIndex((m_rows.last().profile->currentIndex() + 1) % int(m_profiles.size()));
    }
    const auto showDefaultModel = [this, combo = entry.model](int profileIndex) {
        if (profileIndex >= 0 && profileIndex < m_profiles.size())
            combo->setCurrentText(m_profiles.at(profileIndex).defaultModel);
    };
    showDefaultModel(entry.profile->currentIndex());
    if (!model.isEmpty())
        entry.model->setCurrentText(model);
    connect(entry.profile, &QComboBox::currentIndexChanged, entry.model, showDefaultModel);
    connect(remove, &QPushButton::clicked, this, [this, row = entry.row] { removeRow(row); });
    auto *rowLayout = new QHBoxLayout(entry.row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(new QLabel(tr("Model %1:").arg(index + 1), entry.row));
    rowLayout->addWidget(entry.profile);
    rowLayout->addWidget(entry.model, 1);
    rowLayout->addWidget(remove);
    m_rowsLayout->addWidget(entry.row);
    m_rows.append(entry);
    updateButtons();
}

void CompareDialog::removeRow(QWidget *row)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).row == row) {
            m_rows.removeAt(i);
            row->deleteLater();
            break;
        }
    }
    updateButtons();
}

void CompareDialog::updateButtons()
{
    const bool running = m_run->isRunning();
    m_add->setEnabled(!running && m_rows.size() < CompareRun::kMaxColumns);
    m_send->setEnabled(!running && m_rows.size() >= CompareRun::kMinColumns);
    m_stop->setEnabled(running);
}

bool CompareDialog::isRunning() const
{
    return m_run->isRunning();
}

void CompareDialog::send()
{
    QList<CompareRun::Entry> entries;
    for (const EntryRow &row : std::as_const(m_rows)) {
        const int index = row.profile->currentIndex();
        if (index < 0 || index >= m_profiles.size())
            continue;
        entries.append({m_profiles.at(index), row.model->currentText().trimmed()});
    }
    QString error;
    if (!m_run->start(m_prompt->toPlainText(), entries, &error)) {
        m_status->setText(error);
        return;
    }
    qDeleteAll(m_columns);
    m_columns.clear();
    for (int i = 0; i < m_run->columnCount(); ++i) {
        const CompareRun::Column &column = m_run->column(i);
        auto *view = new CompareColumnView(i, tr("%1 · %2").arg(column.entry.profile.name, column.entry.model), this);
        connect(view, &CompareColumnView::continueRequested, this, &CompareDialog::continueWith);
        m_columnsLayout->addWidget(view, 1);
        m_columns.append(view);
    }
    m_status->setText(tr("Sent to %1 models…").arg(m_run->columnCount()));
    updateButtons();
}

void CompareDialog::onColumnFinished(int column)
{
    if (column < m_columns.size())
        m_columns.at(column)->showFinished(m_run->column(column).result, m_run->column(column).cost, m_run->canAdopt(column));
    updateButtons();
}

void CompareDialog::continueWith(int column)
{
    if (!m_context.hasStore()) {
        m_status->setText(tr("The conversation database is not open, so the answer cannot be kept."));
        return;
    }
    StoreError error;
    const std::optional<qint64> id = m_run->adopt(column, m_context.store(), &error);
    if (!id) {
        m_status->setText(error.message());
        return;
    }
    Q_EMIT conversationCreated(*id);
    accept();
}
