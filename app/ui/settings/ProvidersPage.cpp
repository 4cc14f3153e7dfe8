#include "settings/ProvidersPage.h"

#include "api/ConnectionProbe.h"
#include "app/AppContext.h"
#include "secrets/ApiKeyResolver.h"
#include "settings/ProfileDraft.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace {

constexpr int kIdRole = Qt::UserRole;

// "Name: value" per line, as HTTP wants them; nullopt (and the bad line in `badLine`) if one is not.
std::optional<QList<QPair<QByteArray, QByteArray>>> parseHeaders(const QString &text, QString *badLine)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    QList<QPair<QByteArray, QByteArray>> headers;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        if (!token.match(name).hasMatch()) {
            *badLine = line;
            return std::nullopt;
        }
        headers.append({name.toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return headers;
}

QString headersText(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << QString::fromUtf8(name + ": " + value);
    return lines.join(u'\n');
}

} // namespace

ProvidersPage::ProvidersPage(AppContext &context, ProfileDraft &draft, QWidget *parent)
    : SettingsPage(parent)
    , m_context(context)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("providersPage"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addProfile"));
    m_add->setText(tr("&Add"));
    m_add->setAccessibleName(tr("Add a profile from a preset"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *presets = new QMenu(m_add);
    for (const ProviderPreset &preset : ProviderPreset::all()) {
        QAction *action = presets->addAction(preset.name);
        action->setData(preset.id);
        connect(action, &QAction::triggered, this, [this, id = preset.id] { addFromPreset(id); });
    }
    m_add->setMenu(presets);
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateProfile"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_makeDefault = new QPushButton(tr("Make &default"), this);
    m_makeDefault->setObjectName(QStringLiteral("makeDefaultProfile"));
    m_listMessage = new QLabel(this);
    m_listMessage->setObjectName(QStringLiteral("profileListMessage"));
    m_listMessage->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Profile name"));
    m_nameError = makeErrorLabel(this, "profileNameError");
    m_preset = new QLabel(this);
    m_preset->setObjectName(QStringLiteral("profilePreset"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("profileBaseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_baseUrlError = makeErrorLabel(this, "profileBaseUrlError");

    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("profileApiKey"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    // The key must not end up in the clipboard history or an input method's dictionary by accident.
    m_apiKey->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_showKey = new QToolButton(this);
    m_showKey->setObjectName(QStringLiteral("showApiKey"));
    m_showKey->setText(tr("Show"));
    m_showKey->setAccessibleName(tr("Show the API key"));
    m_showKey->setCheckable(true);
    m_forgetKey = new QToolButton(this);
    m_forgetKey->setObjectName(QStringLiteral("forgetApiKey"));
    m_forgetKey->setText(tr("Forget"));
    m_forgetKey->setAccessibleName(tr("Delete the stored key when you apply"));
    m_forgetKey->setToolTip(m_forgetKey->accessibleName());
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("profileKeyStatus"));
    m_keyStatus->setWordWrap(true);
    m_getKey = new QLabel(this);
    m_getKey->setObjectName(QStringLiteral("profileGetKey"));
    m_getKey->setOpenExternalLinks(true);
    m_getKey->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_keyVariable = new QLineEdit(this);
    m_keyVariable->setObjectName(QStringLiteral("profileKeyVariable"));
    m_keyVariable->setAccessibleName(tr("Environment variable with the key"));
    m_keyVariable->setPlaceholderText(tr("none"));
    m_keyVariableError = makeErrorLabel(this, "profileKeyVariableError");

    m_http2 = new QCheckBox(tr("Use HTTP/&2 when the server offers it (https only)"), this);
    m_http2->setObjectName(QStringLiteral("profileHttp2"));
    m_allowKeyOverHttp = new QCheckBox(tr("Allow sending the key over unencrypted &http://"), this);
    m_allowKeyOverHttp->setObjectName(QStringLiteral("profileAllowKeyOverHttp"));
    m_httpWarning = new QLabel(tr("Anyone on the network path can read a key sent over http://. Only allow this "
                                  "for a server on a network you trust. Servers on this computer never need it."),
                               this);
    m_httpWarning->setObjectName(QStringLiteral("profileHttpWarning"));
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_httpWarning->hide();
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(QStringLiteral("profileHeaders"));
    m_headers->setAccessibleName(tr("Extra HTTP headers"));
    m_headers->setPlaceholderText(tr("One per line, for example\nHTTP-Referer: https://example.com"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 3 + 12);
    m_headersError = makeErrorLabel(this, "profileHeadersError");

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("connectionResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    left->addWidget(m_makeDefault);
    left->addWidget(m_listMessage);

    auto *form = new QFormLayout;
    addFieldRow(form, tr("&Name:"), m_name, m_nameError);
    form->addRow(tr("Provider:"), m_preset);
    addFieldRow(form, tr("&Base URL:"), m_baseUrl, m_baseUrlError);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_showKey);
    keyRow->addWidget(m_forgetKey);
    auto *keyBox = new QVBoxLayout;
    keyBox->addLayout(keyRow);
    keyBox->addWidget(m_keyStatus);
    keyBox->addWidget(m_getKey);
    form->addRow(tr("API &key:"), keyBox);
    addFieldRow(form, tr("Key &variable:"), m_keyVariable, m_keyVariableError);
    form->addRow(QString(), m_http2);
    form->addRow(QString(), m_allowKeyOverHttp);
    form->addRow(QString(), m_httpWarning);
    addFieldRow(form, tr("Extra &headers:"), m_headers, m_headersError);
    form->addRow(QString(), m_test);
    form->addRow(QString(), m_testResult);
    qobject_cast<QLabel *>(form->labelForField(keyBox))->setBuddy(m_apiKey);

    // The form keeps its natural height; extra space goes below it, not between its rows.
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current, QListWidgetItem *previous) {
        if (!current)
            return;
        const QString id = current->data(kIdRole).toString();
        if (id == m_shownId)
            return;
        // A profile with invalid fields stays selected until they are fixed, so nothing typed is lost.
        if (!m_shownId.isEmpty() && m_draft.byId(m_shownId) && !commitShown()) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentItem(previous);
            return;
        }
        showProfile(id);
    });
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
        m_showKey->setAccessibleName(shown ? tr("Hide the API key") : tr("Show the API key"));
    });
    connect(m_apiKey, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_draft.setPendingKey(m_shownId, text);
    });
    connect(m_forgetKey, &QToolButton::clicked, this, [this] {
        m_draft.forgetKey(m_shownId);
        m_apiKey->clear();
        m_keyStatus->setText(tr("The stored key will be deleted from the OS keychain when you apply. Cancel keeps it."));
    });
    connect(m_allowKeyOverHttp, &QCheckBox::toggled, m_httpWarning, &QWidget::setVisible);
    connect(m_duplicate, &QPushButton::clicked, this, &ProvidersPage::duplicateShown);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::removeShown);
    connect(m_makeDefault, &QPushButton::clicked, this, &ProvidersPage::makeShownDefault);
    connect(m_test, &QPushButton::clicked, this, &ProvidersPage::testConnection);
    connect(&m_draft, &ProfileDraft::listChanged, this, &ProvidersPage::refillList);
    connect(&m_draft, &ProfileDraft::secretsStored, this, [this](const QString &id) {
        if (id != m_shownId)
            return;
        m_apiKey->clear();
        refreshKeyStatus();
    });
}

ProvidersPage::~ProvidersPage()
{
    if (m_probe)
        m_probe->cancel();
}

QString ProvidersPage::title() const
{
    return tr("Providers");
}

void ProvidersPage::load(const AppSettings &)
{
    // The dialog loads the shared draft; this page follows it through listChanged.
    m_shownId.clear();
    m_listMessage->clear();
    m_testResult->clear();
    refillList();
    if (!m_list->currentItem())
        selectInList(m_draft.list().defaultProfile().id);
}

void ProvidersPage::refillList()
{
    const QString keep = m_shownId;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString defaultName = m_draft.list().defaultName();
    for (const ProviderProfile &profile : m_draft.list().profiles()) {
        const bool isDefault = profile.name.compare(defaultName, Qt::CaseInsensitive) == 0;
        auto *item = new QListWidgetItem(isDefault ? tr("%1 (default)").arg(profile.name) : profile.name, m_list);
        item->setData(kIdRole, profile.id);
        if (isDefault) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (profile.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!keep.isEmpty() && !m_draft.byId(keep)) {
        m_shownId.clear();
        if (m_list->count() > 0) {
            m_list->setCurrentRow(0);
            showProfile(m_list->item(0)->data(kIdRole).toString());
        }
    }
}

void ProvidersPage::selectInList(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(row); // shows it, once the shown one is committed
            return;
        }
    }
}

void ProvidersPage::showProfile(const QString &id)
{
    const std::optional<ProviderProfile> profile = m_draft.byId(id);
    if (!profile)
        return;
    m_shownId = id;
    m_name->setText(profile->name);
    const std::optional<ProviderPreset> preset = ProviderPreset::find(profile->preset);
    m_preset->setText(preset ? preset->name : tr("Custom (OpenAI-compatible)"));
    m_baseUrl->setText(profile->baseUrl.toString());
    m_apiKey->setText(m_draft.pendingKey(id));
    m_showKey->setChecked(false);
    if (preset && preset->keyUrl.isValid()) {
        m_getKey->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(preset->keyUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Get an API key")));
        m_getKey->show();
    } else {
        m_getKey->hide();
    }
    m_keyVariable->setText(profile->keyVariable);
    m_http2->setChecked(profile->http2);
    m_allowKeyOverHttp->setChecked(profile->allowKeyOverHttp);
    m_httpWarning->setVisible(profile->allowKeyOverHttp);
    m_headers->setPlainText(headersText(profile->extraHeaders));
    for (QLabel *error : {m_nameError, m_baseUrlError, m_keyVariableError, m_headersError})
        error->hide();
    m_testResult->clear();
    const bool isDefault = profile->name.compare(m_draft.list().defaultName(), Qt::CaseInsensitive) == 0;
    m_makeDefault->setEnabled(!isDefault);
    m_remove->setEnabled(m_draft.list().profiles().size() > 1);
    refreshKeyStatus();
}

bool ProvidersPage::commitShown()
{
    std::optional<ProviderProfile> profile = m_draft.byId(m_shownId);
    if (!profile)
        return true;
    // Only the fields this page owns: the Models page edits the model and window of the same profile.
    bool valid = true;
    const QString name = m_name->text().trimmed();
    if (!ProviderProfile::isValidName(name))
        valid = showError(m_nameError, tr("Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit: "
                                          "it is what tally-cli --profile takes.")) && valid;
    else
        showError(m_nameError, {});
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.hasQuery() || url.hasFragment())
        valid = showError(m_baseUrlError, tr("Enter an http:// or https:// address without a query, such as "
                                             "https://api.holysheep.ai/v1.")) && valid;
    else
        showError(m_baseUrlError, {});
    static const QRegularExpression variablePattern(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)?$"));
    const QString variable = m_keyVariable->text().trimmed();
    if (!variablePattern.match(variable).hasMatch())
        valid = showError(m_keyVariableError, tr("An environment variable name has letters, digits and '_', and does "
                                                 "not start with a digit.")) && valid;
    else
        showError(m_keyVariableError, {});
    QString badLine;
    const auto headers = parseHeaders(m_headers->toPlainText(), &badLine);
    if (!headers)
        valid = showError(m_headersError, tr("\"%1\" is not a header: write one \"Name: value\" per line.").arg(badLine)) && valid;
    else
        showError(m_headersError, {});
    if (!valid)
        return false;

    profile->name = name;
    profile->baseUrl = url;
    profile->keyVariable = variable;
    profile->http2 = m_http2->isChecked();
    profile->allowKeyOverHttp = m_allowKeyOverHttp->isChecked();
    profile->extraHeaders = *headers;
    QString error;
    if (!m_draft.update(*profile, &error))
        return showError(m_nameError, error);
    return true;
}

bool ProvidersPage::validate()
{
    return commitShown();
}

void ProvidersPage::apply(AppSettings &settings) const
{
    m_draft.save(settings);
}

bool ProvidersPage::hasPendingSecrets() const
{
    return m_draft.hasPendingSecrets();
}

void ProvidersPage::storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done)
{
    m_draft.storeSecrets(store, [this, done](const QStringList &errors) {
        if (!errors.isEmpty())
            showKeyProblem(errors.join(u'\n'));
        done(errors);
    });
}

void ProvidersPage::refreshKeyStatus()
{
    const std::optional<ProviderProfile> profile = m_draft.byId(m_shownId);
    if (!profile)
        return;
    if (!profile->needsKey) {
        m_keyStatus->setText(tr("This provider needs no key. A key typed here is stored and sent anyway."));
        return;
    }
    if (m_draft.willForgetKey(m_shownId)) {
        m_keyStatus->setText(tr("The stored key will be deleted from the OS keychain when you apply. Cancel keeps it."));
        return;
    }
    m_keyStatus->setText(tr("Checking the OS keychain…"));
    // Answers can arrive out of order when people click through profiles quickly.
    const int generation = ++m_keyStatusGeneration;
    m_context.keys().resolve(*profile, this, [this, generation](const ApiKeyResolver::Resolution &found) {
        if (generation != m_keyStatusGeneration)
            return;
        using Source = ApiKeyResolver::Resolution::Source;
        switch (found.source) {
        case Source::Keychain:
            m_keyStatus->setText(tr("A key is stored in the OS keychain. Type a new one to replace it."));
            break;
        case Source::Environment:
            m_keyStatus->setText(tr("Using the key from the environment variable %1.").arg(found.variable));
            break;
        case Source::Session:
            m_keyStatus->setText(tr("Using a key kept for this session only."));
            break;
        case Source::None:
            m_keyStatus->setText(found.keychainUnavailable()
                                     ? tr("The OS keychain is not available (%1). Put the key in the environment "
                                          "variable instead.").arg(found.keychain.message)
                                     : tr("No key stored yet. Type it here; it goes to the OS keychain when you apply."));
            break;
        }
    });
}

void ProvidersPage::showKeyProblem(const QString &message)
{
    m_keyStatus->setText(QStringLiteral("<span style=\"color:#dc2626\">%1</span>").arg(message.toHtmlEscaped()));
}

void ProvidersPage::addFromPreset(const QString &presetId)
{
    if (!commitShown())
        return;
    const std::optional<ProviderPreset> preset = ProviderPreset::find(presetId);
    if (!preset)
        return;
    const ProviderProfile profile = ProviderProfile::fromPreset(*preset, m_draft.unusedName(preset->id));
    QString error;
    if (!m_draft.add(profile, &error)) {
        m_listMessage->setText(error);
        return;
    }
    selectInList(profile.id);
    m_listMessage->setText(tr("Added \"%1\". Rename it here if you like; nothing is saved until you apply.").arg(profile.name));
    m_name->setFocus();
    m_name->selectAll();
}

void ProvidersPage::duplicateShown()
{
    if (!commitShown())
        return;
    const std::optional<ProviderProfile> shown = m_draft.byId(m_shownId);
    if (!shown)
        return;
    ProviderProfile copy = *shown;
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // its own keychain entry
    copy.name = m_draft.unusedName(shown->name + QStringLiteral("-copy"));
    QString error;
    if (!m_draft.add(copy, &error)) {
        m_listMessage->setText(error);
        return;
    }
    selectInList(copy.id);
    m_listMessage->setText(tr("\"%1\" is a copy without a key: keys are not copied between profiles.").arg(copy.name));
}

void ProvidersPage::removeShown()
{
    const std::optional<ProviderProfile> shown = m_draft.byId(m_shownId);
    if (!shown)
        return;
    QString error;
    if (!m_draft.remove(shown->id, &error)) {
        m_listMessage->setText(error);
        return;
    }
    m_listMessage->setText(tr("\"%1\" and its stored key will be removed when you apply. Cancel keeps them.").arg(shown->name));
}

void ProvidersPage::makeShownDefault()
{
    if (!commitShown())
        return;
    QString error;
    if (!m_draft.setDefault(m_shownId, &error))
        m_listMessage->setText(error);
    m_makeDefault->setEnabled(false);
}

void ProvidersPage::testConnection()
{
    if (!commitShown())
        return;
    const std::optional<ProviderProfile> profile = m_draft.byId(m_shownId);
    if (!profile)
        return;
    if (m_probe)
        m_probe->cancel();
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(profile->baseUrl.host()));
    const auto run = [this, profile = *profile](const QString &key) {
        m_probe = new ConnectionProbe(&m_context.network(), profile, key, 15'000, this);
        connect(m_probe, &ConnectionProbe::finished, this, [this, probe = m_probe](const ConnectionReport &report) {
            probe->deleteLater();
            m_test->setEnabled(true);
            if (report.error.kind() != ApiError::Kind::Cancelled)
                m_testResult->setText(describe(report));
        });
        m_probe->start();
    };
    // The key as typed, if one is, so it can be tried before it is stored.
    const QString typed = m_apiKey->text().trimmed();
    if (!typed.isEmpty()) {
        run(typed);
        return;
    }
    m_context.keys().resolve(*profile, this, [run](const ApiKeyResolver::Resolution &found) { run(found.key); });
}

QString ProvidersPage::describe(const ConnectionReport &report)
{
    const QLocale locale;
    const auto ms = [&](const std::optional<qint64> &value) { return tr("%1 ms").arg(locale.toString(*value)); };
    QStringList timings;
    if (report.dnsMs)
        timings << tr("DNS %1").arg(ms(report.dnsMs));
    if (report.connectMs)
        timings << tr("connect %1").arg(ms(report.connectMs));
    if (report.tlsMs)
        timings << tr("TLS %1").arg(ms(report.tlsMs));
    if (report.firstByteMs)
        timings << tr("first byte %1").arg(ms(report.firstByteMs));
    QStringList lines;
    if (report.ok()) {
        lines << tr("Connected: HTTP %1 in %2.").arg(report.httpStatus).arg(ms(report.totalMs));
    } else if (report.httpStatus > 0) {
        lines << tr("The provider answered HTTP %1.").arg(report.httpStatus) << report.error.fullMessage();
    } else {
        QString stage;
        switch (report.failedAt) {
        case ConnectionReport::Stage::Dns: stage = tr("Looking up the address failed"); break;
        case ConnectionReport::Stage::Connect: stage = tr("Connecting failed"); break;
        case ConnectionReport::Stage::Tls: stage = tr("The TLS handshake failed"); break;
        default: stage = tr("The request failed"); break;
        }
        lines << tr("%1: %2").arg(stage, report.rawError.isEmpty() ? report.error.userMessage() : report.rawError);
    }
    if (!timings.isEmpty())
        lines << timings.join(QStringLiteral(" · "));
    QString route = tr("Proxy: %1").arg(report.proxy.isEmpty() ? tr("not used") : report.proxy);
    if (!report.address.isEmpty())
        route += QStringLiteral(" · ") + tr("address %1").arg(report.address);
    lines << route;
    return lines.join(u'\n');
}
