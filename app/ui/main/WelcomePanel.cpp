#include "main/WelcomePanel.h"

#include "api/ConnectionReport.h"
#include "app/AppContext.h"
#include "common/ExternalLinks.h"
#include "common/Retranslator.h"
#include "common/Widgets.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ConnectionTest.h"
#include "settings/ProfileList.h"
#include "settings/ProvidersPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr auto kCustomPreset = "custom";

// The profile of this preset the user already has, if any: a first start should not leave a
// second copy behind every time it is used.
std::optional<ProviderProfile> existingFor(const ProfileList &list, const QString &presetId)
{
    for (const ProviderProfile &profile : list.profiles()) {
        if (profile.preset == presetId)
            return profile;
    }
    return std::nullopt;
}

QString freeName(const ProfileList &list, const QString &base)
{
    QString name = base;
    for (int n = 2; list.find(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}
} // namespace

WelcomePanel::WelcomePanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("welcomePanel"));
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("welcomeProvider"));
    for (const ProviderPreset &preset : ProviderPreset::all())
        m_provider->addItem(preset.name, preset.id);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("welcomeBaseUrl"));
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("welcomeModel"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("welcomeKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_getKey = new QLabel(this);
    m_getKey->setTextFormat(Qt::RichText);
    m_getKey->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_getKey, &QLabel::linkActivated, this, [](const QString &link) { ExternalLinks::open(QUrl(link)); });
    m_status = Widgets::statusLabel(this, "welcomeStatus");
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("welcomeTest"));
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("welcomeStart"));
    m_start->setDefault(true);
    m_settings = new QPushButton(this);
    m_settings->setObjectName(QStringLiteral("welcomeSettings"));
    m_settings->setFlat(true);

    buildLayout();

    connect(m_provider, &QComboBox::currentIndexChanged, this, &WelcomePanel::presetChosen);
    m_connectionTest = new ConnectionTest(&m_context.network(), m_test, [this](const ConnectionReport &report) {
        showStatus(ProvidersPage::describe(report), !report.ok());
    }, this);
    connect(m_test, &QPushButton::clicked, this, &WelcomePanel::testConnection);
    connect(m_start, &QPushButton::clicked, this, &WelcomePanel::saveAndStart);
    connect(m_key, &QLineEdit::returnPressed, this, &WelcomePanel::saveAndStart);
    connect(m_settings, &QPushButton::clicked, this, &WelcomePanel::settingsRequested);
    Retranslator::watch(this, [this] { retranslate(); });
    retranslate();
}

void WelcomePanel::buildLayout()
{
    auto *form = new QFormLayout;
    m_providerLabel = new QLabel(this);
    m_baseUrlLabel = new QLabel(this);
    m_modelLabel = new QLabel(this);
    m_keyLabel = new QLabel(this);
    for (const auto &[label, field] : {std::pair<QLabel *, QWidget *>{m_providerLabel, m_provider},
                                       {m_baseUrlLabel, m_baseUrl}, {m_modelLabel, m_model}, {m_keyLabel, m_key}}) {
        label->setBuddy(field);
        form->addRow(label, field);
    }
    form->addRow(QString(), m_getKey);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_start);
    buttons->addStretch(1);
    buttons->addWidget(m_settings);
    auto *card = new QVBoxLayout;
    card->addWidget(m_heading);
    card->addWidget(m_intro);
    card->addSpacing(8);
    card->addLayout(form);
    card->addLayout(buttons);
    card->addWidget(m_status);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addLayout(card);
    column->addStretch(2);
    outer->addLayout(column, 4);
    outer->addStretch(1);
}

void WelcomePanel::reset(const ProviderProfile &current)
{
    const int index = m_provider->findData(current.preset);
    m_provider->setCurrentIndex(index >= 0 ? index : 0);
    if (current.preset == QLatin1String(kCustomPreset)) {
        m_baseUrl->setText(current.baseUrl.toString());
        m_model->setText(current.defaultModel);
    }
    m_key->clear();
    presetChosen();
}

void WelcomePanel::retranslate()
{
    m_heading->setText(tr("Welcome to Tally"));
    m_intro->setText(tr("Choose the provider you want to chat with and paste its API key. Tally keeps the key in "
                        "the system keychain and shows what every message costs."));
    m_providerLabel->setText(tr("&Provider:"));
    m_baseUrlLabel->setText(tr("&Base URL:"));
    m_baseUrl->setPlaceholderText(tr("http://host:port/v1"));
    m_modelLabel->setText(tr("&Model:"));
    m_model->setPlaceholderText(tr("The model's id, as the server names it"));
    m_keyLabel->setText(tr("API &key:"));
    m_provider->setAccessibleName(tr("Provider"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_model->setAccessibleName(tr("Model"));
    m_key->setAccessibleName(tr("API key"));
    m_test->setText(tr("&Test connection"));
    m_start->setText(tr("&Start chatting"));
    m_settings->setText(tr("More in Settings…"));
    for (QPushButton *button : {m_test, m_start, m_settings})
        button->setAccessibleName(button->text().remove(u'&'));
    showPresetFields();
}

void WelcomePanel::presetChosen()
{
    showPresetFields();
    m_status->clear(); // what it said was about the previous choice
}

void WelcomePanel::showPresetFields()
{
    const std::optional<ProviderPreset> preset = ProviderPreset::find(m_provider->currentData().toString());
    const bool custom = preset && preset->id == QLatin1String(kCustomPreset);
    for (QWidget *field : {static_cast<QWidget *>(m_baseUrlLabel), static_cast<QWidget *>(m_baseUrl),
                           static_cast<QWidget *>(m_modelLabel), static_cast<QWidget *>(m_model)})
        field->setVisible(custom);
    const bool needsKey = !preset || preset->needsKey;
    m_key->setEnabled(needsKey);
    m_key->setPlaceholderText(needsKey ? tr("Paste the key here") : tr("Not needed for a server on this computer"));
    if (preset && preset->keyUrl.isValid() && !preset->keyUrl.isEmpty()) {
        // A bundled preset's page, never text from a provider.
        m_getKey->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(preset->keyUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                   tr("Get a key from %1").arg(preset->name).toHtmlEscaped()));
        m_getKey->show();
    } else {
        m_getKey->hide();
    }
}

std::optional<ProviderProfile> WelcomePanel::profileFromFields()
{
    const std::optional<ProviderPreset> preset = ProviderPreset::find(m_provider->currentData().toString());
    if (!preset)
        return std::nullopt;
    const ProfileList list = ProfileList::load(m_context.settings());
    ProviderProfile profile = existingFor(list, preset->id).value_or(ProviderProfile::fromPreset(*preset, freeName(list, preset->id)));
    if (preset->id == QLatin1String(kCustomPreset)) {
        const QUrl url = QUrl::fromUserInput(m_baseUrl->text().trimmed());
        if (m_baseUrl->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"http" && url.scheme() != u"https")) {
            showStatus(tr("Type the base URL of the server, an http:// or https:// address."), true);
            m_baseUrl->setFocus(Qt::OtherFocusReason);
            return std::nullopt;
        }
        profile.baseUrl = url;
        profile.defaultModel = m_model->text().trimmed();
    }
    return profile;
}

void WelcomePanel::testConnection()
{
    const std::optional<ProviderProfile> profile = profileFromFields();
    if (!profile)
        return;
    m_connectionTest->begin();
    showStatus(tr("Testing %1…").arg(profile->baseUrl.host()), false);
    m_connectionTest->start(*profile, m_key->text().trimmed());
}

void WelcomePanel::saveAndStart()
{
    std::optional<ProviderProfile> profile = profileFromFields();
    if (!profile)
        return;
    const QString key = m_key->text().trimmed();
    if (profile->needsKey && !ApiKeyResolver::isUsableKey(key)) {
        showStatus(tr("Paste the API key first: %1 needs one.").arg(m_provider->currentText()), true);
        m_key->setFocus(Qt::OtherFocusReason);
        return;
    }
    ProfileList list = ProfileList::load(m_context.settings());
    QString error;
    bool saved = (list.find(profile->name) ? list.update(*profile, &error) : list.add(*profile, &error))
        && list.setDefault(profile->name, &error);
    if (saved) {
        list.save(m_context.settings());
        if (!m_context.settings().sync(&error))
            saved = false;
    }
    if (!saved) {
        showStatus(error, true);
        return;
    }
    if (profile->needsKey)
        storeKey(*profile, key);
    else
        Q_EMIT profileReady(QString());
}

void WelcomePanel::storeKey(const ProviderProfile &profile, const QString &key)
{
    m_start->setEnabled(false);
    showStatus(tr("Storing the key in the system keychain…"), false);
    m_context.secrets().writeSecret(profile.secretAccount(), key, this, [this, profile, key](const SecretResult &result) {
        m_start->setEnabled(true);
        if (!result.ok()) {
            // Never a file: without a keychain the key lives in memory until Tally quits.
            m_context.keys().setSessionKey(profile, key);
        }
        m_key->clear();
        Q_EMIT profileReady(result.ok() ? QString()
                                        : tr("The keychain could not store the key (%1). Tally uses it until it quits.")
                                              .arg(result.message));
    });
}

void WelcomePanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    // A problem in a fixed red that reads on light and dark backgrounds alike; the theme has no
    // colour role for it.
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_status->setPalette(palette);
}
