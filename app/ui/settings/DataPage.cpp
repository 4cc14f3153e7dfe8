#include "settings/DataPage.h"

#include "app/AppContext.h"
#include "common/FileDialogs.h"
#include "settings/AppSettings.h"
#include "settings/NumberInput.h"
#include "store/ConversationExporter.h"
#include "store/ConversationStore.h"
#include "store/ResponseCache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// A budget as typed: 0 (no limit) for an empty field; nullopt when it is not an amount.
std::optional<double> amount(const QString &text)
{
    return text.trimmed().isEmpty() ? std::optional<double>(0.0) : NumberInput::amount(text, 1e9);
}

QString amountText(double value)
{
    return value > 0 ? QLocale().toString(value, 'g', 10) : QString();
}

// A file name from a title: what most file systems accept, and short.
QString fileNameFor(qint64 id, const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString name = title.simplified().replace(unsafe, QStringLiteral("-")).left(60).trimmed();
    return QStringLiteral("%1 %2").arg(id, 5, 10, QLatin1Char('0')).arg(name).trimmed();
}

} // namespace

DataPage::DataPage(AppContext &context, QWidget *parent)
    : SettingsPage(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("dataPage"));

    m_databasePath = new QLabel(QDir::toNativeSeparators(context.database().path()), this);
    m_databasePath->setObjectName(QStringLiteral("databasePath"));
    m_databasePath->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_databasePath->setWordWrap(true);
    m_openFolder = new QPushButton(tr("&Open folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openDatabaseFolder"));

    m_cache = new QCheckBox(tr("Answer a question asked before, word for word, from a local &cache (costs nothing)"), this);
    m_cache->setObjectName(QStringLiteral("responseCache"));
    m_cacheTtl = new QLineEdit(this);
    m_cacheTtl->setObjectName(QStringLiteral("responseCacheTtl"));
    m_cacheTtl->setAccessibleName(tr("Hours a cached reply is used"));
    m_cacheTtlError = makeErrorLabel(this, "responseCacheTtlError");
    m_clearCache = new QPushButton(tr("C&lear cache"), this);
    m_clearCache->setObjectName(QStringLiteral("clearResponseCache"));
    m_cacheStatus = new QLabel(this);
    m_cacheStatus->setObjectName(QStringLiteral("responseCacheStatus"));

    m_export = new QPushButton(tr("&Export all conversations…"), this);
    m_export->setObjectName(QStringLiteral("exportAllConversations"));
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportAllStatus"));
    m_exportStatus->setWordWrap(true);

    const auto budgetField = [this](const char *name, const QString &accessibleName) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QLatin1String(name));
        field->setAccessibleName(accessibleName);
        field->setPlaceholderText(tr("no limit"));
        return field;
    };
    m_budgetConversation = budgetField("budgetPerConversation", tr("Budget per conversation"));
    m_budgetDay = budgetField("budgetPerDay", tr("Budget per day"));
    m_budgetMonth = budgetField("budgetPerMonth", tr("Budget per month"));
    m_budgetError = makeErrorLabel(this, "budgetError");
    m_budgetCurrency = new QLineEdit(this);
    m_budgetCurrency->setObjectName(QStringLiteral("budgetCurrency"));
    m_budgetCurrency->setAccessibleName(tr("Budget currency"));
    m_budgetCurrency->setMaxLength(3);
    m_budgetAction = new QComboBox(this);
    m_budgetAction->setObjectName(QStringLiteral("budgetAction"));
    m_budgetAction->setAccessibleName(tr("When a budget is reached"));
    m_budgetAction->addItem(tr("Warn, and send anyway"), false);
    m_budgetAction->addItem(tr("Stop sending"), true);

    auto *storage = new QGroupBox(tr("Conversations"), this);
    auto *storageLayout = new QFormLayout(storage);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_databasePath, 1);
    pathRow->addWidget(m_openFolder);
    storageLayout->addRow(tr("Database:"), pathRow);
    auto *exportRow = new QVBoxLayout;
    exportRow->addWidget(m_export, 0, Qt::AlignLeft);
    exportRow->addWidget(m_exportStatus);
    storageLayout->addRow(QString(), exportRow);

    auto *cacheBox = new QGroupBox(tr("Response cache"), this);
    auto *cacheLayout = new QFormLayout(cacheBox);
    cacheLayout->addRow(m_cache);
    addFieldRow(cacheLayout, tr("Use a cached reply for this many &hours:"), m_cacheTtl, m_cacheTtlError);
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clearCache);
    clearRow->addWidget(m_cacheStatus, 1);
    cacheLayout->addRow(QString(), clearRow);

    auto *budgetBox = new QGroupBox(tr("Budgets"), this);
    auto *budgetLayout = new QFormLayout(budgetBox);
    budgetLayout->addRow(tr("Per c&onversation:"), m_budgetConversation);
    budgetLayout->addRow(tr("Per &day:"), m_budgetDay);
    budgetLayout->addRow(tr("Per &month:"), m_budgetMonth);
    budgetLayout->addRow(QString(), m_budgetError);
    budgetLayout->addRow(tr("C&urrency:"), m_budgetCurrency);
    budgetLayout->addRow(tr("When one is &reached:"), m_budgetAction);
    auto *budgetNote = new QLabel(tr("Costs in other currencies are not converted and do not count."), budgetBox);
    budgetNote->setWordWrap(true);
    budgetNote->setForegroundRole(QPalette::PlaceholderText);
    budgetLayout->addRow(QString(), budgetNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(storage);
    layout->addWidget(cacheBox);
    layout->addWidget(budgetBox);
    layout->addStretch(1);

    m_exportStep = new QTimer(this);
    m_exportStep->setInterval(0);
    connect(m_exportStep, &QTimer::timeout, this, &DataPage::exportNext);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_context.database().path()).absolutePath()));
    });
    connect(m_cache, &QCheckBox::toggled, m_cacheTtl, &QWidget::setEnabled);
    connect(m_clearCache, &QPushButton::clicked, this, &DataPage::clearCache);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::existingDirectory(
            this, tr("Export all conversations to"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty())
            exportAll(folder);
    });
}

QString DataPage::title() const
{
    return tr("Data & privacy");
}

void DataPage::load(const AppSettings &settings)
{
    m_cache->setChecked(settings.responseCacheEnabled());
    m_cacheTtl->setEnabled(m_cache->isChecked());
    m_cacheTtl->setText(QString::number(settings.responseCacheTtlHours()));
    const Budget budget = settings.budget();
    m_budgetConversation->setText(amountText(budget.perConversation));
    m_budgetDay->setText(amountText(budget.perDay));
    m_budgetMonth->setText(amountText(budget.perMonth));
    m_budgetCurrency->setText(budget.currency);
    m_budgetAction->setCurrentIndex(budget.block ? 1 : 0);
    m_cacheTtlError->hide();
    m_budgetError->hide();
    showCacheCount();
    const bool hasStore = m_context.hasStore();
    m_clearCache->setEnabled(hasStore);
    m_export->setEnabled(hasStore);
}

bool DataPage::validate()
{
    bool valid = true;
    valid = showError(m_cacheTtlError, NumberInput::whole(m_cacheTtl->text(), 1, 8760)
                                           ? QString()
                                           : tr("Enter a whole number of hours from 1 to 8,760 (a year).")) && valid;
    const bool amountsOk = amount(m_budgetConversation->text()) && amount(m_budgetDay->text()) && amount(m_budgetMonth->text());
    QString budgetProblem;
    if (!amountsOk)
        budgetProblem = tr("Enter each budget as an amount of 0 or more, such as 5 or 2.50, or leave it empty for no limit.");
    else if (!ModelPrice::isCurrencyCode(m_budgetCurrency->text().trimmed().toUpper()))
        budgetProblem = tr("Enter the currency as a three-letter code such as USD or CNY.");
    valid = showError(m_budgetError, budgetProblem) && valid;
    return valid;
}

void DataPage::apply(AppSettings &settings) const
{
    settings.setResponseCacheEnabled(m_cache->isChecked());
    settings.setResponseCacheTtlHours(m_cacheTtl->text().trimmed().toInt());
    Budget budget;
    budget.perConversation = amount(m_budgetConversation->text()).value_or(0);
    budget.perDay = amount(m_budgetDay->text()).value_or(0);
    budget.perMonth = amount(m_budgetMonth->text()).value_or(0);
    budget.currency = m_budgetCurrency->text().trimmed().toUpper();
    budget.block = m_budgetAction->currentData().toBool();
    settings.setBudget(budget);
}

void DataPage::showCacheCount()
{
    if (!m_context.hasStore()) {
        m_cacheStatus->setText(tr("The database is not open."));
        return;
    }
    m_cacheStatus->setText(tr("%Ln cached reply(s)", nullptr, m_context.responseCache().count()));
}

void DataPage::clearCache()
{
    // Immediate, like emptying a browser cache: it holds only copies of replies that are also
    // in their conversations.
    StoreError error;
    const std::optional<int> removed = m_context.responseCache().clear(&error);
    if (!removed) {
        m_cacheStatus->setText(error.message());
        return;
    }
    m_cacheStatus->setText(tr("Removed %Ln cached reply(s).", nullptr, *removed));
}

void DataPage::exportAll(const QString &folder)
{
    if (!m_context.hasStore() || m_exportStep->isActive())
        return;
    StoreError error;
    const QList<ConversationSummary> conversations = m_context.store().listConversations(&error);
    if (error.isError()) {
        m_exportStatus->setText(error.message());
        return;
    }
    m_exportQueue.clear();
    for (const ConversationSummary &summary : conversations)
        m_exportQueue << summary.conversation.id;
    m_exportFolder = folder;
    m_exportTotal = int(m_exportQueue.size());
    m_exported = 0;
    m_export->setEnabled(false);
    m_exportStatus->setText(tr("Exporting %Ln conversation(s)…", nullptr, m_exportTotal));
    m_exportStep->start();
}

void DataPage::exportNext()
{
    // A few per step, so the dialog stays responsive with thousands of conversations.
    for (int i = 0; i < 10 && !m_exportQueue.isEmpty(); ++i) {
        const qint64 id = m_exportQueue.takeFirst();
        StoreError error;
        const std::optional<ConversationDocument> document = m_context.store().document(id, &error);
        if (!document) {
            continue; // deleted meanwhile
        }
        // Never over an existing file: an earlier export stays as it was.
        const QString base = QDir(m_exportFolder).filePath(fileNameFor(id, document->conversation.title));
        QString path = base + QStringLiteral(".json");
        for (int n = 2; QFileInfo::exists(path); ++n)
            path = base + QStringLiteral(" (%1).json").arg(n);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ConversationExporter::toJson(*document)) < 0 || !file.commit()) {
            m_exportStep->stop();
            m_export->setEnabled(true);
            m_exportStatus->setText(tr("Export stopped after %Ln conversation(s): %1 could not be written (%2).", nullptr, m_exported)
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        ++m_exported;
    }
    if (!m_exportQueue.isEmpty()) {
        m_exportStatus->setText(tr("Exported %1 of %2…").arg(m_exported).arg(m_exportTotal));
        return;
    }
    m_exportStep->stop();
    m_export->setEnabled(true);
    m_exportStatus->setText(tr("Exported %Ln conversation(s) to %1.", nullptr, m_exported).arg(QDir::toNativeSeparators(m_exportFolder)));
}
